import type { ReactNode } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { EditorDraftNotice as DraftNotice } from '../../../app/drafts/useEditorDraft.ts';
import { ReadOnlyBanner } from '../../../rights/ReadOnlyBanner.tsx';
import { EditorDraftNotice } from './EditorDraftNotice.tsx';
import { SaveOutcome, type FailedAction } from './SaveOutcome.tsx';
import { SaveSafetyNotices } from './SaveSafetyNotices.tsx';
import type { useSaveConflict } from './useSaveConflict.ts';

/**
 * What a goal or option editor says above its fields, in this order: why it is read-only, the
 * edits it brought back from a draft, what stopped a save from overwriting or duplicating, and
 * how the last save or delete went. One place, so both editors say it alike.
 */
export function EditorNotices<TIn extends FieldValues, C, I>({
  what,
  isNew,
  draft,
  onDraftDiscarded,
  save,
  form,
  describeChanges,
  listNote,
}: {
  what: 'goal' | 'option';
  isNew: boolean;
  draft: { notice: DraftNotice | null; dismiss(): void; discard(): void };
  /** After the draft was discarded (the editor's undo history no longer applies). */
  onDraftDiscarded(): void;
  save: {
    conflict: ReturnType<typeof useSaveConflict<TIn, C>>;
    created: { found: I | null; name: string; open(): void; mayBeStored: boolean };
    /** A save of the existing record was under way when the page went (it may have landed). */
    saveMayBeStored: boolean;
    saving: boolean;
    saveAnyway(): void;
    error: string | null;
    saved: ReactNode | null;
    failed: FailedAction;
  };
  form: UseFormReturn<TIn, unknown, unknown>;
  describeChanges: (opened: TIn, mine: TIn) => string[];
  /** See SaveSafetyNotices' listNote. */
  listNote?: (opened: TIn, theirs: TIn, mine: TIn) => string | null;
}) {
  return (
    <>
      <ReadOnlyBanner />
      {draft.notice && (
        <EditorDraftNotice
          notice={draft.notice}
          what={what}
          isNew={isNew}
          mayBeStored={isNew ? save.created.mayBeStored : save.saveMayBeStored}
          onKeep={draft.dismiss}
          onDiscard={() => {
            draft.discard();
            onDraftDiscarded();
          }}
        />
      )}
      <SaveSafetyNotices
        what={what}
        conflict={save.conflict}
        created={save.created}
        form={form}
        describeChanges={describeChanges}
        saving={save.saving}
        onSaveAnyway={save.saveAnyway}
        listNote={listNote}
      />
      <SaveOutcome error={save.error} saved={save.saved} failed={save.failed} />
    </>
  );
}
