import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { alreadyGoneToast, deleteUnsureMessage } from './deleteOutcome.ts';

const request = 'POST /api/v1/Agents/Workflow/DeleteWorkflowGoal';

describe('deleteUnsureMessage', () => {
  it('says a delete answered by a proxy may have gone through, and what Delete again does', () => {
    const gateway = new ApiError({ kind: 'http', status: 504, message: 'x', request });
    expect(deleteUnsureMessage(gateway, 'goal')).toBe(
      'A proxy between Flowdesk and the server answered 504 Gateway Timeout instead of the server, so the goal may or may not have been deleted. Press Delete again: if it is already gone, Flowdesk says so and takes you back to the flow.',
    );
  });

  it('says so for a dropped connection and an unreadable answer too', () => {
    const dropped = new ApiError({ kind: 'network', message: 'Failed to fetch', request });
    expect(deleteUnsureMessage(dropped, 'option')).toBe(
      'Flowdesk lost the connection before the server answered, so the option may or may not have been deleted. Check your connection, then press Delete again: if it is already gone, Flowdesk says so and takes you back to the flow.',
    );
    const unreadable = new ApiError({ kind: 'parse', message: 'not JSON', request });
    expect(deleteUnsureMessage(unreadable, 'goal')).toMatch(
      /^The server answered, but with data Flowdesk does not understand \(not JSON\), so the goal may have been deleted\./,
    );
  });

  it('is null for a delete the server refused', () => {
    const refused = new ApiError({ kind: 'http', status: 403, message: 'x', request });
    expect(deleteUnsureMessage(refused, 'goal')).toBeNull();
    expect(deleteUnsureMessage(new Error('x'), 'goal')).toBeNull();
  });
});

describe('alreadyGoneToast', () => {
  it('credits the earlier try that may have gone through, or else someone else', () => {
    expect(alreadyGoneToast('goal', true)).toEqual({
      title: 'Goal deleted',
      description: 'It was already gone, most likely removed by your earlier try.',
      tone: 'success',
    });
    expect(alreadyGoneToast('option', false)).toEqual({
      title: 'Option already deleted',
      description: 'Someone else removed it from the flow; the flow is up to date now.',
      tone: 'info',
    });
  });
});
