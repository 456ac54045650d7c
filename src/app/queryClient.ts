import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/http/ApiError.ts';

/** Retries only what a retry can fix: dropped connections and 5xx, not 4xx or malformed data. */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          count < 2 && isApiError(error) && (error.kind === 'network' || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}
