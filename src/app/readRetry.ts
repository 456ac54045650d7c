import { isApiError } from '../api/http/ApiError.ts';

/** A read is tried at most this many times more. */
const MAX_READ_RETRIES = 2;
/**
 * The longest wait a server may ask for (429 or 503 with Retry-After) that a read still waits out
 * by itself, the page showing it is loading; a longer one is left to the user, whom the error
 * tells when to try again.
 */
export const LONGEST_RETRY_WAIT_MS = 10_000;

/**
 * Whether a failed read is tried again: what a retry can fix (dropped connections and 5xx), not
 * 4xx or malformed data; a server that says how long to wait (Retry-After on a 429 or 503) is
 * tried again after that wait when it is short, else not at all. Writes are never retried
 * (queryClient: mutations) whatever the wait: the error says when to save again.
 */
export function retriesRead(count: number, error: unknown): boolean {
  if (count >= MAX_READ_RETRIES || !isApiError(error)) return false;
  if (error.retryAfterMs !== undefined) return error.retryAfterMs <= LONGEST_RETRY_WAIT_MS;
  return error.kind === 'network' || error.status >= 500;
}

/** The wait before a read's next try: the server's, when it named one; else 1 s, 2 s, 4 s… */
export function readRetryDelay(count: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterMs !== undefined) return error.retryAfterMs;
  return Math.min(1000 * 2 ** count, 30_000);
}
