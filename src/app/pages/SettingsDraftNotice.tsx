import { KeptDraftNotice } from '../drafts/KeptDraftNotice.tsx';
import type { EditorDraftNotice } from '../drafts/useEditorDraft.ts';

const settingsText = (when: string) => ({
  title: `Your unsaved settings from ${when} are back`,
  body: 'They are not in use yet: press Save settings to use them, or discard them to keep the saved ones.',
});

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
  return (
    <KeptDraftNotice
      notice={notice}
      text={settingsText}
      fromClosedTab="They were typed in a tab that was closed before they were saved."
      keepLabel="Keep them"
      discardLabel="Discard them"
      onKeep={onKeep}
      onDiscard={onDiscard}
    />
  );
}
