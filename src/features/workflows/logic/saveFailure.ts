import { isApiError } from '../../../api/http/ApiError.ts';

/**
 * The banner for a save whose answer could not be read: the server did answer (2xx), so the
 * save may well have been stored. Saying "nothing was changed" would invite a second Save, which
 * for a new goal or option creates it twice. Null for every other failure.
 */
export function unreadableSaveMessage(error: unknown, what: string, isNew: boolean): string | null {
  if (!isApiError(error) || error.kind !== 'parse') return null;
  const check = isNew
    ? `Open the flow to see whether the ${what} is there before saving again, or it may be created twice.`
    : 'Reload the page to see what the server has before saving again.';
  return `The server answered, but with data Flowdesk does not understand (${error.message}), so the ${what} may have been saved. ${check} Your edits are kept.`;
}
