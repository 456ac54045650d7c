import { Banner } from '../../ui/Banner.tsx';
import { Button } from '../../ui/Button.tsx';
import { formatDateTime } from '../locale/formatDateTime.ts';
import { useDateTimeSettings } from '../locale/useDateTimeSettings.ts';
import type { EditorDraftNotice } from '../drafts/useEditorDraft.ts';

/**
 * "Your unsaved settings from <time> are back": after a reload (or a closed tab), Settings shows
 * the language, culture and time zone typed before, not saved yet, with Keep and Discard.
 */
export function SettingsDraftNotice({
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
      title={`Your unsaved settings from ${when} are back`}
      actions={
        <>
          <Button size="sm" onClick={onKeep}>
            Keep them
          </Button>
          <Button size="sm" variant="danger" onClick={onDiscard}>
            Discard them
          </Button>
        </>
      }
    >
      {notice.fromClosedTab && 'They were typed in a tab that was closed before they were saved. '}
      They are not in use yet: press Save settings to use them, or discard them to keep the saved
      ones.
    </Banner>
  );
}
