import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/** Asks before signing out while a page has unsaved work (signing out discards it). */
export function SignOutDialog({
  onOpenChange,
  onConfirm,
}: {
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void | Promise<void>;
}) {
  return (
    <ConfirmDialog
      open
      onOpenChange={onOpenChange}
      title="Sign out and discard unsaved changes?"
      message="This page has changes that are not saved yet (or files not uploaded). Signing out discards them. Stay to save them first."
      cancelLabel="Stay signed in"
      confirmLabel="Sign out and discard"
      tone="danger"
      onConfirm={onConfirm}
    />
  );
}
