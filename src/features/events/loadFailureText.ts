import { isApiError } from '../../api/http/ApiError.ts';
import { asSentence } from '../../rights/reason.ts';

/**
 * A failed load in words. ApiError's banner text for data it cannot read ends "Nothing was
 * changed.", which is about saves and only puzzles on a page that was loading. It always ends as
 * a sentence, as the page adds one of its own after it.
 */
export function loadFailureText(e: Error): string {
  if (!isApiError(e)) return e.message;
  return e.kind === 'parse'
    ? `The server sent data Flowdesk does not understand (${e.message}).`
    : // A server's own text ("… (sandbox fault)") may lack its full stop: the page's sentence follows.
      asSentence(e.userMessage);
}
