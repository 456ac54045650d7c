import type { ApiError } from '../../../api/http/ApiError.ts';
import { serverSaid } from '../../../api/http/refusalText.ts';

/**
 * What an upload the platform refused tells the user: nothing was stored and Retry cannot add it
 * twice. A 4xx names something to change first; a 5xx here is one refused before any work (501,
 * 503, 505: Retry in a moment). A 500 may come after the definition was written: it is told once
 * the list says whether (uploadFailure, mayHaveBeenStored). `name` is the definition's name, when
 * known.
 */
export function refusedUploadMessage(e: ApiError, name?: string): string {
  // Busy (429, or 503 with Retry-After): ApiError says when to try again. A 406 or 431 was
  // refused for how Flowdesk asked, not for the file: ApiError says so.
  const busy = e.status === 429 || (e.status === 503 && e.retryAfterMs !== undefined);
  if (busy || e.status === 406 || e.status === 431) return e.userMessage;
  const file = name ? `“${name}”` : 'the file';
  if (e.status === 403)
    return `The platform does not allow you to upload ${file}${serverSaid(403, e.message)}, so the file was not stored. Ask the platform’s administrator for the right, or sign in to the platform as a user who has it.`;
  if (e.status >= 500)
    return `The platform failed while storing ${file}${serverSaid(e.status, e.message)}. It answered that the upload failed, so the file was not stored: Retry in a moment. If it fails again, tell the platform’s administrator.`;
  return `The platform refused ${file}${serverSaid(e.status, e.message)}, so the file was not stored. Change what it names before retrying; if that is unclear, tell the platform’s administrator.`;
}
