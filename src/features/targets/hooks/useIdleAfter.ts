import { useEffect, useState } from 'react';

/**
 * True once `ready` has held and the browser has had an idle moment since: for work that can
 * wait until the page is on screen (e.g. loading last year's group for the copy action).
 */
export function useIdleAfter(ready: boolean, timeoutMs = 1000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof window.requestIdleCallback !== 'function') {
      const t = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(t);
    }
    const id = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }, [ready, idle, timeoutMs]);
  return idle;
}
