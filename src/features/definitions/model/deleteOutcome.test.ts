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
    expect(deleteMayHaveGoneThrough(new Error('x'))).toBe(false);
  });
});

describe('deleteFailureText', () => {
  it('gives the API error’s sentence, or says a 404 for a definition still listed deleted nothing', () => {
    const refused = new ApiError({ kind: 'http', status: 406, message: 'x', request });
    expect(deleteFailureText(refused)).toBe(refused.userMessage);
    expect(deleteFailureText(new DeleteRefusedAsNotFound(refused))).toMatch(
      /^The platform answered that the definition was not found, yet it still lists it, so it was not deleted\./,
    );
    expect(deleteFailureText(new Error('x'))).toBe(
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
