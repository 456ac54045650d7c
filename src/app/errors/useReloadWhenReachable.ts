import { useEffect, useState } from 'react';
import { canDownload, retryDelay, type ProbeTarget } from './downloadProbe.ts';

/**
 * While `active`, tries to download `target` (then again after 1 s, 2 s, 4 s … up to 30 s) and
 * reloads the tab once it comes: the router keeps a failed page import for good, so only a reload
 * loads the page, and a reload before requests get through would land on the browser's offline
 * page. Returns how many tries have failed so far (the panel says so, keeping its Reload button).
 */
export function useReloadWhenReachable(active: boolean, target: ProbeTarget, appUrl: string) {
  const [failedTries, setFailedTries] = useState(0);
  const { url, kind } = target;
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const attempt = async () => {
      const ok = await canDownload({ url, kind }, appUrl);
      if (stopped) return;
      if (ok) {
        window.location.reload();
        return;
      }
      tries += 1;
      setFailedTries(tries);
      timer = setTimeout(() => void attempt(), retryDelay(tries));
    };
    void attempt();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [active, url, kind, appUrl]);
  return active ? failedTries : 0;
}
