import { isApiError } from '../../api/http/ApiError.ts';

/**
 * A failed load in words. ApiError's banner text for data it cannot read ends "Nothing was
 * changed.", which is about saves and only puzzles on a page that was loading.
 */
export function loadFailureText(e: Error): string {
  if (!isApiError(e)) return e.message;
  return e.kind === 'parse'
    ? `The server sent data Flowdesk does not understand (${e.message}).`
    : e.userMessage;
}
