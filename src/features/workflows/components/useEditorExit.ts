import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useUnsavedChangesGuard } from '../../../app/forms/useUnsavedChangesGuard.ts';

interface Exit {
  to: string;
  /** Shown on the next page ("Saved …"), through the location state. */
  message?: string;
  /**
   * The editor is gone for good (deleted): once the next page is shown, focus goes to its main
   * content unless something there took it, rather than staying lost on <body>.
   */
  focusMain?: boolean;
}

/**
 * An editor's way out: the unsaved-changes guard while the form is dirty or a save is under way
 * (a navigation asked for meanwhile waits for it: see EditorLeaveDialog), and `leave(…)` to go
 * elsewhere after a create or delete, once the form has been reset (so the guard does not ask).
 */
export function useEditorExit(isDirty: boolean, saving = false) {
  const navigate = useNavigate();
  const [exit, leave] = useState<Exit | null>(null);
  const blocker = useUnsavedChangesGuard((isDirty || saving) && !exit);

  useEffect(() => {
    if (!exit || isDirty) return;
    // A navigation the user asked for while the record was being created goes ahead instead.
    if (blocker.state === 'blocked') return;
    const done = navigate(exit.to, {
      replace: true,
      state: exit.message ? { saved: exit.message } : undefined,
    });
    if (exit.focusMain) void Promise.resolve(done).then(() => keepFocusInMain());
    // Only when the exit is asked for (the blocker settles on its own).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [exit, isDirty, navigate]);

  return { blocker, leave };
}

/**
 * Puts focus on the page's main content whenever it is found lost on <body> during the next
 * frames (about half a second): the confirm dialog, closing after the navigation, can still send
 * focus back to its Delete trigger, which is gone, so to <body>, after a first fix-up.
 */
function keepFocusInMain(frames = 30): void {
  if (!document.activeElement || document.activeElement === document.body)
    document.getElementById('main')?.focus();
  if (frames > 0) requestAnimationFrame(() => keepFocusInMain(frames - 1));
}
