import { Suspense, useState } from 'react';
import { LogOut } from 'lucide-react';
import { Button } from '../../ui/Button.tsx';
import { lazyWithPreload } from '../../ui/lazyWithPreload.ts';
import { hasUnsavedWork } from '../forms/unsavedWork.ts';
import type { KeptPage } from '../drafts/keptPages.ts';
import type { KeptWorkAtSignOut } from './keptWorkAtSignOut.ts';
import type { SignOutReason } from './SignOutDialog.tsx';

// Only needed when there is unsaved work: kept out of every page's first download.
const SignOutDialog = lazyWithPreload(() =>
  import('./SignOutDialog.tsx').then((m) => ({ default: m.SignOutDialog })),
);

/**
 * Signs out, asking first when a page has unsaved work (in-app navigation to sign-in is let
 * through by the unsaved-changes guards, so the question is asked here), or when work of other
 * pages is kept in this browser (`readKeptWork`): signing out discards it too. The kept pages are
 * read before the question opens, so it says them from the start (a screen reader reads an alert
 * dialog's description once); when they cannot be read, the question is asked without them.
 */
export function SignOutButton({
  onSignOut,
  readKeptWork,
}: {
  onSignOut: () => Promise<void>;
  readKeptWork: () => Promise<KeptWorkAtSignOut>;
}) {
  const [asking, setAsking] = useState<{
    reason: SignOutReason;
    pages: readonly KeptPage[];
  } | null>(null);
  const onClick = async () => {
    const unsaved = hasUnsavedWork();
    const kept = await readKeptWork().catch(() => ({ pages: [], ask: true }));
    if (unsaved) setAsking({ reason: 'page', pages: kept.pages });
    else if (kept.ask) setAsking({ reason: 'kept', pages: kept.pages });
    else await onSignOut();
  };
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        icon={<LogOut aria-hidden="true" size={16} />}
        onClick={() => void onClick()}
      >
        Sign out
      </Button>
      {asking && (
        <Suspense fallback={null}>
          <SignOutDialog
            reason={asking.reason}
            pages={asking.pages}
            onOpenChange={(open) => {
              if (!open) setAsking(null);
            }}
            onConfirm={onSignOut}
          />
        </Suspense>
      )}
    </>
  );
}
