import type { Blocker } from 'react-router';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';

const files = (n: number) => `${n} ${n === 1 ? 'file' : 'files'}`;

/**
 * Asks before leaving the page while files of the batch are not uploaded: `uploading` are on
 * their way (leaving cancels them), `unsent` is every file leaving would drop with what was typed
 * for it.
 */
export function LeaveWhileUploadingDialog({
  blocker,
  uploading,
  unsent,
}: {
  blocker: Blocker;
  uploading: number;
  unsent: number;
}) {
  const waiting = unsent - uploading;
  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      onOpenChange={(open) => {
        if (!open && blocker.state === 'blocked') blocker.reset();
      }}
      title={uploading > 0 ? 'Leave while uploading?' : 'Leave without uploading?'}
      message={
        uploading > 0
          ? `${files(uploading)} ${uploading === 1 ? 'is' : 'are'} still uploading. Leaving this page cancels ${uploading === 1 ? 'it' : 'them'}; nothing half-sent is stored.${waiting > 0 ? ` ${files(waiting)} not sent yet ${waiting === 1 ? 'is' : 'are'} dropped too.` : ''}`
          : `${files(unsent)} ${unsent === 1 ? 'is' : 'are'} not uploaded yet. Leaving this page drops ${unsent === 1 ? 'it' : 'them'}, with the names and descriptions you typed.`
      }
      cancelLabel="Stay on this page"
      confirmLabel={uploading > 0 ? 'Leave and cancel uploads' : 'Leave and drop the files'}
      tone="danger"
      onConfirm={() => {
        if (blocker.state === 'blocked') blocker.proceed();
      }}
    />
  );
}
