import { Suspense, useMemo } from 'react';
import type { Blocker } from 'react-router';
import { useUnsavedChangesGuard } from '../../../app/forms/useUnsavedChangesGuard.ts';
import { UnsavedChangesDialog } from './lazyOverlays.ts';

export interface LeaveGuardProps {
  dirty: boolean;
  unsaved: boolean;
  /**
   * The planner chose "Leave and discard changes": their draft goes too (it was kept as the
   * page went, so the discarded changes came back on the next visit).
   */
  onDiscard: () => void;
}

/**
 * The unsaved-changes guard of the workspace, as its own component: the router's blocker
 * updates state when it is registered, and that should re-render this, not the whole grid.
 */
export function LeaveGuard({ dirty, unsaved, onDiscard }: LeaveGuardProps) {
  const blocker = useUnsavedChangesGuard(dirty, unsaved);
  const discarding = useMemo<Blocker>(
    () =>
      blocker.state === 'blocked'
        ? {
            ...blocker,
            proceed: () => {
              onDiscard();
              blocker.proceed();
            },
          }
        : blocker,
    [blocker, onDiscard],
  );
  if (discarding.state !== 'blocked') return null;
  return (
    <Suspense fallback={null}>
      <UnsavedChangesDialog blocker={discarding} />
    </Suspense>
  );
}
