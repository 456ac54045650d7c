import { useEffect, useState } from 'react';
import { subscribeAnnouncements } from './announcer.ts';
import { VisuallyHidden } from './VisuallyHidden.tsx';

/** How long the region stays empty before a message goes in; messages arriving meanwhile join it. */
const settleMs = 50;

/** "A" + "B." → "A. B.": each message stays its own sentence when several are said together. */
function joinMessages(messages: readonly string[]): string {
  if (messages.length === 1) return messages[0] ?? '';
  return messages.map((m) => (/[.!?…:]$/.test(m) ? m : `${m}.`)).join(' ');
}

/**
 * The app's one polite live region; mount it once near the root. The region exists before any
 * message arrives (screen readers ignore regions inserted together with their text).
 */
export function LiveAnnouncer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: string[] = [];
    const unsubscribe = subscribeAnnouncements((next) => {
      // Clear first so the same sentence twice in a row is announced twice.
      setMessage('');
      // Messages that arrive before the region is filled are said together, so none is lost.
      if (pending.at(-1) !== next) pending.push(next);
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        setMessage(joinMessages(pending));
        pending = [];
        timer = undefined;
      }, settleMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return (
    <VisuallyHidden aria-live="polite" aria-atomic="true" data-testid="live-announcer">
      {message}
    </VisuallyHidden>
  );
}
