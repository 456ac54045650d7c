import { useEffect, useId } from 'react';
import { useBlocker, type Blocker } from 'react-router';
import { setUnsavedWork, type UnsavedAction } from './unsavedWork.ts';

/**
 * Keeps unsaved work from being lost: blocks in-app navigation while `dirty` (the caller shows
 * the blocker's question, e.g. with <UnsavedChangesDialog>), and asks the browser to confirm
 * closing or reloading the tab. Moving within the same page (search params only) is allowed,
 * and so is going to sign-in (a session that expires while this is dirty is renewed in place).
 */
export function useUnsavedChangesGuard(
  dirty: boolean,
  /** Work not saved yet, also while a save is under way (which may still fail). */
  unsaved: boolean = dirty,
  /** What the page does with the work (the session-expired dialog says to do it again). */
  action: UnsavedAction = 'save',
): Blocker {
  const id = useId();
  useEffect(() => {
    setUnsavedWork(id, unsaved, action);
    return () => setUnsavedWork(id, false);
  }, [id, unsaved, action]);
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
