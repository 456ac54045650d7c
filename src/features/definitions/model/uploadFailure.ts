import { isApiError } from '../../../api/http/ApiError.ts';
import { formatBytes } from './fileRules.ts';

/**
 * The platform refused the file for its size (413): its limit is below what this page allows, so
 * sending the same file again cannot succeed.
 */
export const isRefusedForSize = (e: unknown) =>
  isApiError(e) && e.kind === 'http' && e.status === 413;

/** What a file refused for its size tells the user: why, and what can be done instead of Retry. */
export function refusedForSizeMessage(e: unknown, bytes: number): string {
  const detail = isApiError(e) && e.message ? ` (“${e.message}”)` : '';
  return `The platform refused this file’s size, ${formatBytes(bytes)}${detail}: it accepts less than this page does, so sending it again will not help. Make the file smaller (for example, split the workflow into several definitions), or ask the platform’s administrator to raise its upload limit.`;
}

/**
 * What a failed upload tells the user: the server's own message for 406, 500 and the rest; for an
 * answer it cannot read, that the file may have been stored (a retry could add it twice).
 */
export function uploadFailureMessage(e: unknown, name = 'it'): string {
  if (!isApiError(e)) return e instanceof Error ? e.message : 'The upload failed.';
  if (e.isUnauthorized) return 'The platform sign-in was not renewed. Retry to sign in again.';
  if (e.kind === 'http') return `Error ${e.status}: ${e.message}`;
  if (e.kind === 'parse')
    return `The platform answered, but with data Flowdesk does not understand (${e.message}), so the file may have been stored. Look for “${name}” in the list below before retrying, or it may be added twice.`;
  return e.userMessage;
}
