import { useEffect } from 'react';
import { useBlocker, type Blocker } from 'react-router';

/**
 * Keeps unsaved work from being lost: blocks in-app navigation while `dirty` (the caller shows
 * the blocker's question, e.g. with <UnsavedChangesDialog>), and asks the browser to confirm
 * closing or reloading the tab. Moving within the same page (search params only) is allowed,
 * and so is the redirect to sign-in after a 401 (drafts keep the edits there).
 */
export function useUnsavedChangesGuard(dirty: boolean): Blocker {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      currentLocation.pathname !== nextLocation.pathname &&
      nextLocation.pathname !== '/sign-in',
  );

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // A blocked navigation whose reason went away (saved meanwhile) goes ahead.
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.proceed();
  }, [blocker, dirty]);

  return blocker;
}
