import { isApiError } from '../../../api/http/ApiError.ts';
import { DeleteRefusedAsNotFound } from '../../../api/definitions/deleteOutcome.ts';

/** A delete whose answer says nothing of whether it went through (ApiError.outcomeUnknown). */
export const deleteMayHaveGoneThrough = (e: unknown): boolean => isApiError(e) && e.outcomeUnknown;

/** What a failed delete tells the user, in the confirmation dialog. */
export function deleteFailureText(e: unknown): string {
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
