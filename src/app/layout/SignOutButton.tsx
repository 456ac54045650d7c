import { Suspense, useState } from 'react';
import { LogOut } from 'lucide-react';
import { Button } from '../../ui/Button.tsx';
import { lazyWithPreload } from '../../ui/lazyWithPreload.ts';
import { hasUnsavedWork } from '../forms/unsavedWork.ts';

// Only needed when there is unsaved work: kept out of every page's first download.
const SignOutDialog = lazyWithPreload(() =>
  import('./SignOutDialog.tsx').then((m) => ({ default: m.SignOutDialog })),
);

/**
 * Signs out, asking first when a page has unsaved work (in-app navigation to sign-in is let
 * through by the unsaved-changes guards, so the question is asked here).
 */
export function SignOutButton({ onSignOut }: { onSignOut: () => Promise<void> }) {
  const [asking, setAsking] = useState(false);
  const onClick = () => {
    if (hasUnsavedWork()) setAsking(true);
    else void onSignOut();
  };
  return (
    <>
      <Button
        variant="ghost"
        size="sm"
        icon={<LogOut aria-hidden="true" size={16} />}
        onClick={onClick}
      >
        Sign out
      </Button>
      {asking && (
        <Suspense fallback={null}>
          <SignOutDialog onOpenChange={setAsking} onConfirm={onSignOut} />
        </Suspense>
      )}
    </>
  );
}
