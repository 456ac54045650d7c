import { Banner, Button } from '../../../ui/index.ts';
import { formatDateTime } from '../../../app/locale/formatDateTime.ts';
import { useDateTimeSettings } from '../../../app/locale/useDateTimeSettings.ts';
import type { EditorDraftNotice as Notice } from '../../../app/drafts/useEditorDraft.ts';

/**
 * "Your unsaved changes from <time> are back": after a reload (or a closed tab), the editor shows
 * the edits it kept, with Keep and Discard; a warning when the record was saved since.
 */
/** The buttons go with the notice: focus goes on to the main content rather than <body>. */
const thenFocusMain = (f: () => void) => () => {
  f();
  requestAnimationFrame(() => {
    if (!document.activeElement || document.activeElement === document.body)
      document.getElementById('main')?.focus();
  });
};

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
  const when = formatDateTime(notice.savedAt, useDateTimeSettings()) ?? notice.savedAt;
  return (
    <Banner
      tone={notice.stale ? 'warning' : 'info'}
      title={`Your unsaved changes from ${when} are back`}
      actions={
        <>
          <Button size="sm" onClick={thenFocusMain(onKeep)}>
            Keep them
          </Button>
          <Button size="sm" variant="danger" onClick={thenFocusMain(onDiscard)}>
            Discard them
          </Button>
        </>
      }
    >
      {notice.fromClosedTab && 'They were made in a tab that was closed before they were saved. '}
      {notice.stale
        ? `This ${what} was saved after your changes were made. What you changed is shown on top of the saved ${what}: check it before saving, or discard your changes to see the saved ${what}.`
        : isNew && mayBeStored
          ? `This ${what} may have been saved already: its save got no answer, or the page went while it was under way. Press Save: Flowdesk first looks for it in the flow and offers to open it, so it is not created twice.`
          : mayBeStored
            ? 'These changes may have been saved already: their save got no answer, or the page went while it was under way. Press Save: if the server has them already, Flowdesk says so rather than saving them again.'
            : isNew
              ? `This ${what} was not saved yet. Save to keep it, or discard your changes to start it afresh.`
              : `They were not saved yet. Save to keep them, or discard them to go back to the saved ${what}.`}
    </Banner>
  );
}
