import { useEffect, useRef, useState } from 'react';
import { useUnsavedChangesGuard } from '../../app/forms/useUnsavedChangesGuard.ts';

/**
 * The event console's way out: the unsaved-changes guard while the form holds something not sent
 * or a send is under way (also of a form already sent once: its answer is awaited). A navigation
 * asked for during a send waits for it (see EventLeaveDialog) and goes ahead once the event is
 * sent; when the send fails meanwhile, it stays held (`failed`) until the user stays or leaves.
 */
export function useSendExit(isDirty: boolean, sending: boolean) {
  const [failed, setFailed] = useState(false);
  // A send under way counts as unsaved work, also when the form is what was sent last: a
  // session that expires meanwhile is then renewed in place, with the form as it is.
  const blocker = useUnsavedChangesGuard(isDirty || sending || failed, isDirty || sending, 'send');
  const blocked = blocker.state === 'blocked';
  const waiting = useRef(false);
  useEffect(() => {
    waiting.current = blocked;
    // The user stayed or left: the failed send no longer holds the page.
    if (!blocked) setFailed(false);
  }, [blocked]);
  return {
    blocker,
    /** The send failed while the page was waiting for it to leave. */
    failed,
    /** Call when a send fails: a navigation waiting for it then asks before going. */
    onSendFailed: () => {
      if (waiting.current) setFailed(true);
    },
  };
}
