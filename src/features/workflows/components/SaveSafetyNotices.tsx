import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { AlreadyCreatedBanner } from './AlreadyCreatedBanner.tsx';
import { wholeListLost } from '../logic/wholeListLost.ts';
import { ReloadedBanner, SaveConflictBanner } from './SaveConflictBanner.tsx';
import styles from './SaveOutcome.module.css';
import type { useSaveConflict } from './useSaveConflict.ts';

/**
 * What stopped a save from writing over someone else's (an existing goal or option), or from
 * creating a second copy (a new one), with the user's choices; and, after Reload, what the user
 * had changed. Its buttons go with the notice they are on (Reload, Dismiss): when focus is left on
 * <body>, it moves to the notice shown next, or to the main content when none is.
 */
export function SaveSafetyNotices<TIn extends FieldValues, C, I>({
  what,
  conflict,
  created,
  form,
  describeChanges,
  saving,
  onSaveAnyway,
  listNote = (opened, theirs, mine) => wholeListLost(what, opened, theirs, mine),
}: {
  what: 'goal' | 'option';
  conflict: ReturnType<typeof useSaveConflict<TIn, C>>;
  created: { found: I | null; name: string; open(): void };
  form: UseFormReturn<TIn, unknown, unknown>;
  describeChanges: (opened: TIn, mine: TIn) => string[];
  saving: boolean;
  onSaveAnyway(): void;
  /**
   * What "Save mine anyway" does with their changes to the list both changed (restriction groups,
   * steps), or null; by default, that it replaces the whole list (wholeListLost).
   */
  listNote?: (opened: TIn, theirs: TIn, mine: TIn) => string | null;
}) {
  const kind = created.found
    ? 'found'
    : conflict.conflict
      ? 'conflict'
      : conflict.dropped
        ? 'dropped'
        : null;
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef(kind);
  useEffect(() => {
    // Only when the notice changes, not as the editor opens.
    if (shown.current === kind) return;
    shown.current = kind;
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return;
      (ref.current ?? document.getElementById('main'))?.focus();
    });
  }, [kind]);
  if (!kind) return null;
  return (
    <div ref={ref} tabIndex={-1} className={styles.outcome}>
      {notice()}
    </div>
  );

  function notice() {
    if (created.found)
      return (
        <AlreadyCreatedBanner
          what={what}
          name={created.name}
          saving={saving}
          onOpen={created.open}
          onCreateAnyway={onSaveAnyway}
        />
      );
    if (conflict.conflict)
      return (
        <SaveConflictBanner
          what={what}
          changes={describeChanges(form.formState.defaultValues as TIn, form.getValues())}
          listNote={
            conflict.theirs &&
            listNote(form.formState.defaultValues as TIn, conflict.theirs, form.getValues())
          }
          saving={saving}
          onReload={conflict.reload}
          onSaveAnyway={onSaveAnyway}
        />
      );
    if (conflict.dropped)
      return <ReloadedBanner what={what} changes={conflict.dropped} onDismiss={conflict.clear} />;
    return null;
  }
}
