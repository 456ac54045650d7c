import { KeptDraftNotice } from '../../app/drafts/KeptDraftNotice.tsx';
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
  return (
    <KeptDraftNotice
      notice={notice}
      text={(when) => draftNoticeText(when, attempt)}
      fromClosedTab="It was typed in a tab that was closed before it was sent."
      keepLabel="Keep it"
      discardLabel="Discard it"
      onKeep={onKeep}
      onDiscard={onDiscard}
    />
  );
}
