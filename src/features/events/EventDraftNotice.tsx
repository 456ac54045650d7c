import { Banner, Button } from '../../ui/index.ts';
import { formatDateTime } from '../../app/locale/formatDateTime.ts';
import { useDateTimeSettings } from '../../app/locale/useDateTimeSettings.ts';
import type { EditorDraftNotice } from '../../app/drafts/useEditorDraft.ts';
import { draftNoticeText } from './draftNoticeText.ts';
import type { SendAttempt } from './sendAttempt.ts';

/**
 * "Your unsent event from <time> is back": after a reload (or a closed tab) the form shows the
 * event type, Attributes and $select typed before, with Keep and Discard. Both buttons go with
 * the notice, so `onKeep` and `onDiscard` put focus back in the form. `attempt`: a send of this
 * event whose outcome is unknown (it is then not called unsent).
 */
export function EventDraftNotice({
  notice,
  attempt,
  onKeep,
  onDiscard,
}: {
  notice: EditorDraftNotice;
  attempt: SendAttempt | null;
  onKeep(): void;
  onDiscard(): void;
}) {
  const when = formatDateTime(notice.savedAt, useDateTimeSettings()) ?? notice.savedAt;
  const text = draftNoticeText(when, attempt);
  return (
    <Banner
      tone="info"
      title={text.title}
      actions={
        <>
          <Button size="sm" onClick={onKeep}>
            Keep it
          </Button>
          <Button size="sm" variant="danger" onClick={onDiscard}>
            Discard it
          </Button>
        </>
      }
    >
      {notice.fromClosedTab && 'It was typed in a tab that was closed before it was sent. '}
      {text.body}
    </Banner>
  );
}
