import { isApiError } from '../../../api/http/ApiError.ts';

/**
 * The banner for a failed save where the usual sentence would mislead, or null to use that one:
 * - the answer could not be read: the server did answer (2xx), so the save may well have been
 *   stored. Saying "nothing was changed" would invite a second Save, which for a new goal or
 *   option creates it twice;
 * - the session had expired (401): the page asks for the password in a dialog and stays; once
 *   signed in again the banner must still be true, so it says to press Save then.
 */
export function saveFailureMessage(error: unknown, what: string, isNew: boolean): string | null {
  if (isApiError(error) && error.isUnauthorized)
    return `The ${what} was not saved because your session had expired. Once you are signed in again, press Save: your edits are still here.`;
  if (!isApiError(error) || error.kind !== 'parse') return null;
  const check = isNew
    ? `Open the flow to see whether the ${what} is there before saving again, or it may be created twice.`
    : 'Reload the page to see what the server has before saving again.';
  return `The server answered, but with data Flowdesk does not understand (${error.message}), so the ${what} may have been saved. ${check} Your edits are kept.`;
}
