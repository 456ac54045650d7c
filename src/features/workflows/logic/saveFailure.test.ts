import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { saveFailureMessage } from './saveFailure.ts';

const parse = new ApiError({
  kind: 'parse',
  message: 'WorkflowGoalId: Invalid input',
  request: 'SaveWorkflowGoal',
});

describe('a save whose answer cannot be read', () => {
  it('says it may have been saved and what to check, never that nothing changed', () => {
    const m = saveFailureMessage(parse, 'goal', false)!;
    expect(m).toMatch(/^The server answered, but with data Flowdesk does not understand \(/);
    expect(m).toMatch(/so the goal may have been saved\. Reload the page/);
    expect(m).not.toMatch(/Nothing was changed/);
    expect(saveFailureMessage(parse, 'option', true)).toMatch(
      /Open the flow to see whether the option is there before saving again, or it may be created twice\./,
    );
  });

  it('after an expired session, says to press Save once signed in again (still true afterwards)', () => {
    const expired = new ApiError({ kind: 'http', status: 401, message: 'x', request: 'r' });
    expect(saveFailureMessage(expired, 'option', false)).toBe(
      'The option was not saved because your session had expired. Once you are signed in again, press Save: your edits are still here.',
    );
  });

  it('leaves other failures to the usual message', () => {
    const http = new ApiError({ kind: 'http', status: 500, message: 'x', request: 'r' });
    expect(saveFailureMessage(http, 'goal', false)).toBeNull();
    expect(saveFailureMessage(new Error('x'), 'goal', false)).toBeNull();
  });
});
