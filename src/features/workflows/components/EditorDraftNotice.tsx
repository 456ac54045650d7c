import { KeptDraftNotice } from '../../../app/drafts/KeptDraftNotice.tsx';
import type { EditorDraftNotice as Notice } from '../../../app/drafts/useEditorDraft.ts';
import { editorDraftNoticeText } from '../logic/draftNoticeText.ts';

/** The buttons go with the notice: focus goes on to the main content rather than <body>. */
const thenFocusMain = (f: () => void) => () => {
  f();
  requestAnimationFrame(() => {
    if (!document.activeElement || document.activeElement === document.body)
      document.getElementById('main')?.focus();
  });
};

/**
 * "Your unsaved changes from <time> are back": after a reload (or a closed tab), the goal or
 * option editor shows the edits it kept, with Keep and Discard, on the notice every kept form
 * uses; a warning when the record was saved since.
 */
export function EditorDraftNotice({
  notice,
  what,
  isNew = false,
  mayBeStored = false,
  onKeep,
  onDiscard,
}: {
  notice: Notice;
  what: 'option' | 'goal';
  /** A new option or goal has no saved one to go back to: Discard starts it afresh. */
  isNew?: boolean;
  /**
   * A create of this new one, or a save of this existing one, was under way when the page went
   * (or its answer was lost): it may have been stored.
   */
  mayBeStored?: boolean;
  onKeep(): void;
  onDiscard(): void;
}) {
  return (
    <KeptDraftNotice
      notice={notice}
      tone={notice.stale ? 'warning' : 'info'}
      text={(when) =>
        editorDraftNoticeText(when, { what, stale: notice.stale, isNew, mayBeStored })
      }
      fromClosedTab="They were made in a tab that was closed before they were saved."
      keepLabel="Keep them"
      discardLabel="Discard them"
      onKeep={thenFocusMain(onKeep)}
      onDiscard={thenFocusMain(onDiscard)}
    />
  );
}
