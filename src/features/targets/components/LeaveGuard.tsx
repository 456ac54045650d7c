import { Suspense } from 'react';
import { useUnsavedChangesGuard } from '../../../app/forms/useUnsavedChangesGuard.ts';
import { UnsavedChangesDialog } from './lazyOverlays.ts';

/**
 * The unsaved-changes guard of the workspace, as its own component: the router's blocker
 * updates state when it is registered, and that should re-render this, not the whole grid.
 */
export function LeaveGuard({ dirty, unsaved }: { dirty: boolean; unsaved: boolean }) {
  const blocker = useUnsavedChangesGuard(dirty, unsaved);
  if (blocker.state !== 'blocked') return null;
  return (
    <Suspense fallback={null}>
      <UnsavedChangesDialog blocker={blocker} />
    </Suspense>
  );
}
