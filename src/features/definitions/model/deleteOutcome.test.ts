import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { DeleteRefusedAsNotFound } from '../../../api/definitions/deleteOutcome.ts';
import { deleteFailureText, deleteMayHaveGoneThrough, deleteOutcomeText } from './deleteOutcome.ts';

const request = 'DELETE /api/workflow/definitions/k1';

describe('deleteMayHaveGoneThrough', () => {
  it('is true when a proxy answered or the answer was lost, not when the platform refused', () => {
    const gateway = new ApiError({ kind: 'http', status: 504, message: 'x', request });
    const dropped = new ApiError({ kind: 'network', message: 'x', request });
    const refused = new ApiError({ kind: 'http', status: 403, message: 'x', request });
    expect(deleteMayHaveGoneThrough(gateway)).toBe(true);
    expect(deleteMayHaveGoneThrough(dropped)).toBe(true);
    expect(deleteMayHaveGoneThrough(refused)).toBe(false);
    // The platform failing may come after the delete; a 501 refuses before doing anything.
    const failed = new ApiError({ kind: 'http', status: 500, message: 'x', request });
    const notImplemented = new ApiError({ kind: 'http', status: 501, message: 'x', request });
    expect(deleteMayHaveGoneThrough(failed)).toBe(true);
    expect(deleteMayHaveGoneThrough(notImplemented)).toBe(false);
    expect(deleteMayHaveGoneThrough(new Error('x'))).toBe(false);
  });
});

describe('deleteFailureText', () => {
  it('when the answer was lost, says the definition may be deleted and that deleting again is safe', () => {
    const safe =
      'so “Triage” may or may not have been deleted. Deleting it again is safe: if it is already gone, the page says so and takes it off the list.';
    const gateway = new ApiError({ kind: 'http', status: 504, message: 'x', request });
    expect(deleteFailureText(gateway, 'Triage')).toBe(
      `A proxy between Flowdesk and the platform answered 504 Gateway Timeout instead of the platform, ${safe}`,
    );
    const dropped = new ApiError({ kind: 'network', message: 'x', request });
    expect(deleteFailureText(dropped, 'Triage')).toBe(
      `The connection to the platform broke before it answered, ${safe}`,
    );
    const failed = new ApiError({ kind: 'http', status: 500, message: 'Disk full.', request });
    expect(deleteFailureText(failed, 'Triage')).toBe(
      `The platform failed while deleting “Triage” (500): Disk full. It may have failed after deleting it, ${safe}`,
    );
    const unreadable = new ApiError({ kind: 'parse', message: 'x', request });
    expect(deleteFailureText(unreadable, 'Triage')).toBe(
      `The platform’s answer could not be read, ${safe}`,
    );
  });

  it('gives the API error’s sentence, or says a 404 for a definition still listed deleted nothing', () => {
    const refused = new ApiError({ kind: 'http', status: 406, message: 'x', request });
    expect(deleteFailureText(refused, 'Triage')).toBe(refused.userMessage);
    expect(deleteFailureText(new DeleteRefusedAsNotFound(refused), 'Triage')).toMatch(
      /^The platform answered that the definition was not found, yet it still lists it, so it was not deleted\./,
    );
    expect(deleteFailureText(new Error('x'), 'Triage')).toBe(
      'The definition could not be deleted. Try again; if it keeps happening, tell your administrator.',
    );
  });
});

describe('deleteOutcomeText', () => {
  it('says it was deleted', () => {
    expect(deleteOutcomeText('deleted', 'Approval', false)).toEqual({
      title: 'Deleted “Approval”',
      tone: 'success',
    });
  });

  it('says the user’s own first try went through when it may have and the definition is gone', () => {
    expect(deleteOutcomeText('already-gone', 'Approval', true)).toEqual({
      title: 'Deleted “Approval”',
      description:
        'It was already gone from the platform, most likely removed by your earlier try.',
      tone: 'success',
    });
  });

  it('says someone else deleted it when no try of this user’s may have', () => {
    expect(deleteOutcomeText('already-gone', 'Approval', false)).toEqual({
      title: '“Approval” was already deleted',
      description: 'Someone else removed it from the platform; the list is up to date now.',
      tone: 'info',
    });
  });
});
