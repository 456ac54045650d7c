import type { Blocker } from 'react-router';
import { UnsavedChangesDialog } from '../../../app/forms/UnsavedChangesDialog.tsx';
import { Button, ConfirmDialog, Dialog } from '../../../ui/index.ts';

export interface EditorLeaveDialogProps {
  blocker: Blocker;
  /** A save is under way. */
  saving: boolean;
  /** The last save failed (its reason is on the page). */
  saveFailed: boolean;
  what: string;
}

/**
 * What an editor says when the user goes elsewhere. While a save is under way, the navigation
 * waits for it (the changes are not lost) and goes ahead once it is done; "Stay on this page"
 * cancels it. After a failed save, or with changes not saved, it asks before they are lost.
 */
export function EditorLeaveDialog({ blocker, saving, saveFailed, what }: EditorLeaveDialogProps) {
  const blocked = blocker.state === 'blocked';
  const stay = () => {
    if (blocker.state === 'blocked') blocker.reset();
  };
  if (blocked && saving)
    return (
      <Dialog
        open
        onOpenChange={(open) => {
          if (!open) stay();
        }}
        title={`Saving the ${what}`}
        description={`Your changes are being saved. You will leave this page as soon as the ${what} is saved.`}
        closeButton={false}
        footer={
          <Button variant="secondary" onClick={stay}>
            Stay on this page
          </Button>
        }
      />
    );
  if (blocked && saveFailed)
    return (
      <ConfirmDialog
        open
        onOpenChange={(open) => {
          if (!open) stay();
        }}
        title={`The ${what} was not saved`}
        message="Your changes could not be saved: the reason is shown on this page. If you leave now they will be lost."
        cancelLabel="Stay on this page"
        confirmLabel="Leave and discard changes"
        tone="danger"
        onConfirm={() => {
          if (blocker.state === 'blocked') blocker.proceed();
        }}
      />
    );
  return <UnsavedChangesDialog blocker={blocker} />;
}
