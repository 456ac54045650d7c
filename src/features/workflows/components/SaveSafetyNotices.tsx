import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { AlreadyCreatedBanner } from './AlreadyCreatedBanner.tsx';
import { ReloadedBanner, SaveConflictBanner } from './SaveConflictBanner.tsx';
import type { useSaveConflict } from './useSaveConflict.ts';

/**
 * What stopped a save from writing over someone else's (an existing goal or option), or from
 * creating a second copy (a new one), with the user's choices; and, after Reload, what the user
 * had changed.
 */
export function SaveSafetyNotices<TIn extends FieldValues, C, I>({
  what,
  conflict,
  created,
  form,
  describeChanges,
  saving,
  onSaveAnyway,
}: {
  what: 'goal' | 'option';
  conflict: ReturnType<typeof useSaveConflict<TIn, C>>;
  created: { found: I | null; name: string; open(): void };
  form: UseFormReturn<TIn, unknown, unknown>;
  describeChanges: (opened: TIn, mine: TIn) => string[];
  saving: boolean;
  onSaveAnyway(): void;
}) {
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
        saving={saving}
        onReload={conflict.reload}
        onSaveAnyway={onSaveAnyway}
      />
    );
  if (conflict.dropped)
    return <ReloadedBanner what={what} changes={conflict.dropped} onDismiss={conflict.clear} />;
  return null;
}
