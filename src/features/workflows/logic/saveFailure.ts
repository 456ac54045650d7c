import { isApiError } from '../../../api/http/ApiError.ts';
import { gatewayStatusText } from '../../../api/http/gatewayStatus.ts';

/**
 * The banner for a failed save where the usual sentence would mislead, or null to use that one:
 * - the answer could not be read: the server did answer (2xx), so the save may well have been
 *   stored. Saying "nothing was changed" would invite a second Save, which for a new goal or
 *   option creates it twice;
 * - a new goal or option whose answer never came (the connection dropped): it may have been
 *   created. The next Save first looks for it (useCreateGuard), so the banner says so;
 * - a proxy answered instead of the server (502, 504: ApiError.fromGateway): the goal or option
 *   may have been created or saved all the same;
 * - the session had expired (401): the page asks for the password in a dialog and stays; the
 *   banner says to press Save once signed in again (and, once signed in, sessionExpiredMessage
 *   with `signedInAgain` says so);
 * - `written` false: the failure came from the check made before writing (nothing was sent), so
 *   the banner says plainly that it was not saved.
 */
export function saveFailureMessage(
  error: unknown,
  what: string,
  isNew: boolean,
  written = true,
): string | null {
  if (isApiError(error) && error.isUnauthorized) return sessionExpiredMessage(what, false);
  if (!written && isApiError(error) && error.kind === 'network')
    return `The ${what} was not saved: Flowdesk could not reach the server. Check your connection, then press Save again. Your edits are kept.`;
  if (!written && isApiError(error) && error.kind === 'parse')
    return `The ${what} was not saved: the server sent data Flowdesk does not understand (${error.message}). Press Save to try again; if it keeps happening, tell your administrator. Your edits are kept.`;
  if (!written) return null;
  if (isApiError(error) && error.fromGateway) {
    const proxy = `A proxy between Flowdesk and the server answered ${gatewayStatusText(error.status)} instead of the server`;
    return isNew
      ? `${proxy}, so the ${what} may have been created or not. Press Save again: Flowdesk first looks for it in the flow, so it is not created twice. Your edits are kept.`
      : `${proxy}, so the ${what} may or may not have been saved. Reload the page to see what the server has before saving again. Your edits are kept.`;
  }
  if (isApiError(error) && error.kind === 'network' && isNew)
    return `Could not reach the server, so the ${what} may have been created or not. Press Save again: Flowdesk first looks for it in the flow, so it is not created twice. Your edits are kept.`;
  if (!isApiError(error) || error.kind !== 'parse') return null;
  const check = isNew
    ? `Press Save again: Flowdesk first looks for it in the flow, so it is not created twice.`
    : 'Reload the page to see what the server has before saving again.';
  return `The server answered, but with data Flowdesk does not understand (${error.message}), so the ${what} may have been saved. ${check} Your edits are kept.`;
}

/** A save refused because the session had expired, before or after signing in again in place. */
export function sessionExpiredMessage(what: string, signedInAgain: boolean): string {
  const why = `The ${what} was not saved because your session had expired.`;
  return signedInAgain
    ? `${why} You are signed in again: press Save to save your edits, which are still here.`
    : `${why} Once you are signed in again, press Save: your edits are still here.`;
}

/**
 * Whether a create that failed so may still have been stored: only an answer that refused it
 * (4xx: invalid, no right, session expired) says it was not; a lost connection, an answer that
 * could not be read or a server error (5xx: a proxy may have timed out) leave it open.
 */
export function createMayHaveBeenStored(error: unknown): boolean {
  return !(isApiError(error) && error.kind === 'http' && error.status >= 400 && error.status < 500);
}
