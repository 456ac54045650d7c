import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { unreadableSaveMessage } from './saveFailure.ts';

const parse = new ApiError({
  kind: 'parse',
  message: 'WorkflowGoalId: Invalid input',
  request: 'SaveWorkflowGoal',
});

describe('a save whose answer cannot be read', () => {
  it('says it may have been saved and what to check, never that nothing changed', () => {
    const m = unreadableSaveMessage(parse, 'goal', false)!;
    expect(m).toMatch(/^The server answered, but with data Flowdesk does not understand \(/);
    expect(m).toMatch(/so the goal may have been saved\. Reload the page/);
    expect(m).not.toMatch(/Nothing was changed/);
    expect(unreadableSaveMessage(parse, 'option', true)).toMatch(
      /Open the flow to see whether the option is there before saving again, or it may be created twice\./,
    );
  });

  it('leaves other failures to the usual message', () => {
    const http = new ApiError({ kind: 'http', status: 500, message: 'x', request: 'r' });
    expect(unreadableSaveMessage(http, 'goal', false)).toBeNull();
    expect(unreadableSaveMessage(new Error('x'), 'goal', false)).toBeNull();
  });
});
