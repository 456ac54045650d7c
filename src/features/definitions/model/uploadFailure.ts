import { isApiError } from '../../../api/http/ApiError.ts';

/**
 * What a failed upload tells the user: the server's own message for 406, 500 and the rest; for an
 * answer it cannot read, that the file may have been stored (a retry could add it twice).
 */
export function uploadFailureMessage(e: unknown, name = 'it'): string {
  if (!isApiError(e)) return e instanceof Error ? e.message : 'The upload failed.';
  if (e.isUnauthorized) return 'The platform sign-in was not renewed. Retry to sign in again.';
  if (e.kind === 'http')
    return `${e.status === 413 ? 'Too large' : `Error ${e.status}`}: ${e.message}`;
  if (e.kind === 'parse')
    return `The platform answered, but with data Flowdesk does not understand (${e.message}), so the file may have been stored. Look for “${name}” in the list below before retrying, or it may be added twice.`;
  return e.userMessage;
}
