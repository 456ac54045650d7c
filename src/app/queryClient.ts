import { QueryClient } from '@tanstack/react-query';
import { readRetryDelay, retriesRead } from './readRetry.ts';

/**
 * Reads are retried when a retry can fix them, after the wait the server asks for (readRetry).
 * Saves run even offline (networkMode 'always'): they fail at once with "could not reach the
 * server" and the user saves again when ready. Paused instead, a save showed "Saving…" for as long
 * as the connection was down and was then sent by itself, even after the user discarded the edits.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: retriesRead,
        retryDelay: readRetryDelay,
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
