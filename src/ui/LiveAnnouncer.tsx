import { useEffect, useState } from 'react';
import { subscribeAnnouncements } from './announcer.ts';
import { VisuallyHidden } from './VisuallyHidden.tsx';

/**
 * The app's one polite live region; mount it once near the root. The region exists before any
 * message arrives (screen readers ignore regions inserted together with their text).
 */
export function LiveAnnouncer() {
  const [message, setMessage] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribeAnnouncements((next) => {
      // Clear first so the same sentence twice in a row is announced twice.
      setMessage('');
      clearTimeout(timer);
      timer = setTimeout(() => setMessage(next), 50);
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
