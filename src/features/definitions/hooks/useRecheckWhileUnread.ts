import { useEffect } from 'react';
import { recheckDelayMs } from '../model/recheckDelay.ts';

/**
 * While `waiting` (a lost upload the list could not be read to check), reads the list again by
 * itself: after a growing wait (recheckDelayMs), and at once when the browser comes back online
 * or the page gets focus again, so the row says whether the file was stored without the user
 * finding the list's Try again. `recheck` resolves true once the list was read.
 */
export function useRecheckWhileUnread(waiting: boolean, recheck: () => Promise<boolean>) {
  useEffect(() => {
    if (!waiting) return;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const run = async () => {
      clearTimeout(timer);
      if (stopped) return;
      if (await recheck()) return;
      if (!stopped) timer = setTimeout(() => void run(), recheckDelayMs(attempt++));
    };
    const now = () => void run();
    timer = setTimeout(now, recheckDelayMs(attempt++));
    window.addEventListener('online', now);
    window.addEventListener('focus', now);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', now);
      window.removeEventListener('focus', now);
    };
  }, [waiting, recheck]);
}
