import type { Blocker } from 'react-router';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';

/** Asks before leaving the page while files are uploading (leaving cancels them). */
export function LeaveWhileUploadingDialog({ blocker, count }: { blocker: Blocker; count: number }) {
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => {
        if (!open && blocker.state === 'blocked') blocker.reset();
      }}
      title="Leave while uploading?"
      message={`${count} ${count === 1 ? 'file is' : 'files are'} still uploading. Leaving this page cancels ${count === 1 ? 'it' : 'them'}; nothing half-sent is stored.`}
      cancelLabel="Stay on this page"
      confirmLabel="Leave and cancel uploads"
      tone="danger"
      onConfirm={() => {
        if (blocker.state === 'blocked') blocker.proceed();
      }}
    />
  );
}
