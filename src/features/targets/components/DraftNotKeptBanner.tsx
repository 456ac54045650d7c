import { Banner } from '../../../ui/Banner.tsx';
import { Button } from '../../../ui/Button.tsx';

/**
 * The browser refused to keep the unsaved changes as a draft (storage full or turned off, a
 * private window): they would be lost by a reload, so the planner should save soon. A polite
 * status, not in the way: editing and saving go on as usual.
 */
export function DraftNotKeptBanner({ onDismiss }: { onDismiss(): void }) {
  return (
    <Banner
      compact
      tone="warning"
      title="Your unsaved changes are not kept in this browser"
      actions={
        <Button size="sm" onClick={onDismiss}>
          Dismiss
        </Button>
      }
    >
      This browser did not let Flowdesk store them (its storage is full or turned off), so they
      would be lost if the page is reloaded or closed. Save soon to keep them.
    </Banner>
  );
}
