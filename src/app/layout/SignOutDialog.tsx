import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';

/** Why signing out asks: this page has unsaved work, or only other pages' kept drafts do. */
export type SignOutReason = 'page' | 'kept';

const messages: Record<SignOutReason, string> = {
  page: 'This page has changes that are not saved yet (or files not uploaded). Signing out discards them, and any unsaved changes kept from your other pages in this browser. Stay to save them first.',
  kept: 'Changes you did not save on other pages are kept in this browser for you. Signing out discards them. Stay to open those pages and save them first.',
};

/** Asks before signing out while unsaved work would go (signing out discards it). */
export function SignOutDialog({
  reason,
  onOpenChange,
  onConfirm,
}: {
  reason: SignOutReason;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void | Promise<void>;
}) {
  return (
    <ConfirmDialog
      open
      onOpenChange={onOpenChange}
      title="Sign out and discard unsaved changes?"
      message={messages[reason]}
      cancelLabel="Stay signed in"
      confirmLabel="Sign out and discard"
      tone="danger"
      onConfirm={onConfirm}
    />
  );
}
