import { Banner, Button } from '../../ui/index.ts';
import { formatDateTime } from '../../app/locale/formatDateTime.ts';
import { useDateTimeSettings } from '../../app/locale/useDateTimeSettings.ts';
import type { EditorDraftNotice } from '../../app/drafts/useEditorDraft.ts';

/**
 * "Your unsent event from <time> is back": after a reload (or a closed tab) the form shows the
 * event type, Attributes and $select typed before, with Keep and Discard. Both buttons go with
 * the notice, so `onKeep` and `onDiscard` put focus back in the form.
 */
export function EventDraftNotice({
  notice,
  onKeep,
  onDiscard,
}: {
  notice: EditorDraftNotice;
  onKeep(): void;
  onDiscard(): void;
}) {
  const when = formatDateTime(notice.savedAt, useDateTimeSettings()) ?? notice.savedAt;
  return (
    <Banner
      tone="info"
      title={`Your unsent event from ${when} is back`}
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
      The event type, Attributes and $select you typed were not sent yet. Send the event, or discard
      it to start again from the defaults.
    </Banner>
  );
}
