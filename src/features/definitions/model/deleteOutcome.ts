import { isApiError, type ApiError } from '../../../api/http/ApiError.ts';
import { gatewayStatusText } from '../../../api/http/gatewayStatus.ts';
import { serverSaid } from '../../../api/http/refusalText.ts';
import { isPlatformFailure } from './uploadFailure.ts';
import { DeleteRefusedAsNotFound } from '../../../api/definitions/deleteOutcome.ts';

/**
 * A delete whose answer says nothing of whether it went through (ApiError.outcomeUnknown), or
 * that the platform itself failed, maybe after deleting (a 500; not a 501/503/505, which refuse
 * before doing anything).
 */
export const deleteMayHaveGoneThrough = (e: unknown): boolean =>
  isApiError(e) && (e.outcomeUnknown || isPlatformFailure(e));

/** What became of a delete's answer, when it says nothing of whether the delete went through. */
function unknownOutcomeText(e: ApiError, name: string): string {
  if (isPlatformFailure(e))
    return `The platform failed while deleting “${name}”${serverSaid(e.status, e.message)}. It may have failed after deleting it`;
  if (e.kind === 'network') return 'The connection to the platform broke before it answered';
  if (e.kind === 'parse') return 'The platform’s answer could not be read';
  return `A proxy between Flowdesk and the platform answered ${gatewayStatusText(e.status)} instead of the platform`;
}

/**
 * What a failed delete of `name` tells the user, in the confirmation dialog. When the answer was
 * lost, deleting again is the way to find out (the platform then answers 404, told as deleted by
 * this user's earlier try), so that is what it advises, not a reload. A proxy that asked to wait
 * (Retry-After) keeps the general sentence, which says how long.
 */
export function deleteFailureText(e: unknown, name: string): string {
  if (deleteMayHaveGoneThrough(e) && isApiError(e) && e.retryAfterMs === undefined)
    return `${unknownOutcomeText(e, name)}, so “${name}” may or may not have been deleted. Deleting it again is safe: if it is already gone, the page says so and takes it off the list.`;
  if (isApiError(e)) return e.userMessage;
  if (e instanceof DeleteRefusedAsNotFound) return e.message;
  return 'The definition could not be deleted. Try again; if it keeps happening, tell your administrator.';
}

/** The notification a delete shows; it is also what screen readers hear (a toast says itself). */
export interface DeleteOutcomeText {
  title: string;
  description?: string;
  tone: 'success' | 'info';
}

/**
 * What a delete tells the user. The platform answers 404 when the definition is gone already:
 * after an earlier try of this user's that may have gone through, that try is what removed it;
 * otherwise someone else did.
 */
export function deleteOutcomeText(
  outcome: 'deleted' | 'already-gone',
  name: string,
  earlierTryMayHaveGoneThrough: boolean,
): DeleteOutcomeText {
  if (outcome === 'deleted') return { title: `Deleted “${name}”`, tone: 'success' };
  if (earlierTryMayHaveGoneThrough)
    return {
      title: `Deleted “${name}”`,
      description:
        'It was already gone from the platform, most likely removed by your earlier try.',
      tone: 'success',
    };
  return {
    title: `“${name}” was already deleted`,
    description: 'Someone else removed it from the platform; the list is up to date now.',
    tone: 'info',
  };
}
