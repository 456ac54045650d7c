import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';
import type { DraftNotice as Notice } from '../hooks/useDraft.ts';

/** "Restored N unsaved changes from <time> — Discard". */
export function DraftNotice({
  notice,
  onKeep,
  onDiscard,
}: {
  notice: Notice;
  onKeep(): void;
  onDiscard(): void;
}) {
  const when = new Date(notice.savedAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Banner
      tone="info"
      title={`Restored ${notice.count} unsaved ${notice.count === 1 ? 'change' : 'changes'} from ${when}`}
      actions={
        <>
          <Button size="sm" onClick={onKeep}>
            Keep them
          </Button>
          <Button size="sm" variant="danger" onClick={onDiscard}>
            Discard
          </Button>
        </>
      }
    >
      They were not saved yet. Save to keep them, or discard them to go back to the saved targets.
    </Banner>
  );
}
