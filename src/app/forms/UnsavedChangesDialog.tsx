import type { Blocker } from 'react-router';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/** Asks before leaving a page with unsaved changes (pairs with useUnsavedChangesGuard). */
export function UnsavedChangesDialog({ blocker }: { blocker: Blocker }) {
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => {
        if (!open && blocker.state === 'blocked') blocker.reset();
      }}
      title="Leave without saving?"
      message="You have unsaved changes on this page. If you leave now they will be lost."
      cancelLabel="Stay on this page"
      confirmLabel="Leave and discard changes"
      tone="danger"
      onConfirm={() => {
        if (blocker.state === 'blocked') blocker.proceed();
      }}
    />
  );
}
