import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/http/ApiError.ts';

/**
 * Retries only what a retry can fix: dropped connections and 5xx, not 4xx or malformed data.
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
        retry: (count, error) =>
          count < 2 && isApiError(error) && (error.kind === 'network' || error.status >= 500),
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
