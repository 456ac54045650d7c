import { Fragment } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import type { KeptPage } from '../drafts/keptPages.ts';

/** Why signing out asks: this page has unsaved work, or only other pages' kept drafts do. */
export type SignOutReason = 'page' | 'kept';

/** The kept pages as links, run into the sentence ("A, B and C"); a link closes the question. */
function PageLinks({ pages, onOpen }: { pages: readonly KeptPage[]; onOpen: () => void }) {
  return pages.map((page, i) => (
    // Targets drafts from before they said their page share an address, not a label.
    <Fragment key={`${page.address} ${page.label}`}>
      {i === 0 ? '' : i === pages.length - 1 ? ' and ' : ', '}
      <Link to={page.address} onClick={onOpen}>
        {page.label}
      </Link>
    </Fragment>
  ));
}

/** What the question says: what signing out discards, where, and how to keep it. */
function SignOutMessage({
  reason,
  pages,
  onOpen,
}: {
  reason: SignOutReason;
  pages: readonly KeptPage[];
  onOpen: () => void;
}) {
  const links = <PageLinks pages={pages} onOpen={onOpen} />;
  if (reason === 'page')
    return pages.length === 0 ? (
      <>
        This page has changes that are not saved yet (or files not uploaded). Signing out discards
        them. Stay to save them first.
      </>
    ) : (
      <>
        This page has changes that are not saved yet (or files not uploaded). Signing out discards
        them, and the unsaved changes kept in this browser on{' '}
        {pages.length === 1 ? 'this other page' : 'these other pages'}: {links}. Stay to save them
        first.
      </>
    );
  return pages.length === 0 ? (
    <>
      Changes you did not save on other pages are kept in this browser for you. Signing out discards
      them. Stay to open those pages and save them first.
    </>
  ) : (
    <>
      Changes you did not save are kept in this browser for you on{' '}
      {pages.length === 1 ? 'this page' : 'these pages'}: {links}. Signing out discards them. Stay
      signed in and open {pages.length === 1 ? 'it' : 'them'} to save the changes first.
    </>
  );
}

/** Asks before signing out while unsaved work would go (signing out discards it). */
export function SignOutDialog({
  reason,
  pages,
  onOpenChange,
  onConfirm,
}: {
  reason: SignOutReason;
  /** The other pages whose kept changes signing out discards (keptWorkAtSignOut). */
  pages: readonly KeptPage[];
  onOpenChange: (open: boolean) => void;
  onConfirm: () => void | Promise<void>;
}) {
  return (
    <ConfirmDialog
      open
      onOpenChange={onOpenChange}
      title="Sign out and discard unsaved changes?"
      message={<SignOutMessage reason={reason} pages={pages} onOpen={() => onOpenChange(false)} />}
      cancelLabel="Stay signed in"
      confirmLabel="Sign out and discard"
      tone="danger"
      onConfirm={onConfirm}
    />
  );
}
