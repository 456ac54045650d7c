import { Suspense, useState } from 'react';
import { LogOut } from 'lucide-react';
import { Button } from '../../ui/Button.tsx';
import { lazyWithPreload } from '../../ui/lazyWithPreload.ts';
import { hasUnsavedWork } from '../forms/unsavedWork.ts';
import type { SignOutReason } from './SignOutDialog.tsx';

// Only needed when there is unsaved work: kept out of every page's first download.
const SignOutDialog = lazyWithPreload(() =>
  import('./SignOutDialog.tsx').then((m) => ({ default: m.SignOutDialog })),
);

/**
 * Signs out, asking first when a page has unsaved work (in-app navigation to sign-in is let
 * through by the unsaved-changes guards, so the question is asked here), or when drafts of other
 * pages are kept in this browser (`hasKeptWork`): signing out discards them too.
 */
export function SignOutButton({
  onSignOut,
  hasKeptWork,
}: {
  onSignOut: () => Promise<void>;
  hasKeptWork: () => Promise<boolean>;
}) {
  const [asking, setAsking] = useState<SignOutReason | null>(null);
  const onClick = async () => {
    if (hasUnsavedWork()) setAsking('page');
    else if (await hasKeptWork()) setAsking('kept');
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
            reason={asking}
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
