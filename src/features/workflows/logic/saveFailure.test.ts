import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import {
  createMayHaveBeenStored,
  saveFailureMessage,
  sessionExpiredMessage,
} from './saveFailure.ts';

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
      /so the option may have been saved\. Press Save again: Flowdesk first looks for it in the flow, so it is not created twice\. Your edits are kept\.$/,
    );
  });

  it('after a create whose answer never came, says it may have been created and that Save looks first', () => {
    const network = new ApiError({ kind: 'network', message: 'x', request: 'r' });
    expect(saveFailureMessage(network, 'goal', true)).toBe(
      'Could not reach the server, so the goal may have been created or not. Press Save again: Flowdesk first looks for it in the flow, so it is not created twice. Your edits are kept.',
    );
    expect(saveFailureMessage(network, 'goal', false)).toBeNull();
  });

  it('after a proxy answered instead of the server (502, 504), says the save may have gone through', () => {
    const gateway = (status: number, type?: string) =>
      new ApiError({ kind: 'http', status, type, message: 'x', request: 'SaveWorkflowGoal' });
    expect(saveFailureMessage(gateway(504), 'goal', true)).toBe(
      'A proxy between Flowdesk and the server answered 504 Gateway Timeout instead of the server, so the goal may have been created or not. Press Save again: Flowdesk first looks for it in the flow, so it is not created twice. Your edits are kept.',
    );
    expect(saveFailureMessage(gateway(502), 'option', false)).toBe(
      'A proxy between Flowdesk and the server answered 502 Bad Gateway instead of the server, so the option may or may not have been saved. Reload the page to see what the server has before saving again. Your edits are kept.',
    );
    // The server's own 503 (it names its error) and 500 are answers: the usual sentence.
    expect(
      saveFailureMessage(gateway(503, 'SoServiceUnavailableException'), 'goal', true),
    ).toBeNull();
    expect(saveFailureMessage(gateway(500), 'goal', true)).toBeNull();
    // The check before writing got it: nothing was sent, the usual sentence.
    expect(saveFailureMessage(gateway(504), 'goal', true, false)).toBeNull();
  });

  it('after an expired session, says to sign in again and then press Save', () => {
    const expired = new ApiError({ kind: 'http', status: 401, message: 'x', request: 'r' });
    expect(saveFailureMessage(expired, 'option', false)).toBe(
      'The option was not saved because your session had expired. Once you are signed in again, press Save: your edits are still here.',
    );
    expect(sessionExpiredMessage('option', false)).toBe(
      saveFailureMessage(expired, 'option', false),
    );
  });

  it('once signed in again, says the session is back and to press Save, no longer to sign in', () => {
    expect(sessionExpiredMessage('goal', true)).toBe(
      'The goal was not saved because your session had expired. You are signed in again: press Save to save your edits, which are still here.',
    );
  });

  it('leaves other failures to the usual message', () => {
    const http = new ApiError({ kind: 'http', status: 500, message: 'x', request: 'r' });
    expect(saveFailureMessage(http, 'goal', false)).toBeNull();
    expect(saveFailureMessage(new Error('x'), 'goal', false)).toBeNull();
  });
});

describe('a save that failed before anything was written', () => {
  it('says plainly it was not saved, never that it may have been created or saved', () => {
    const network = new ApiError({ kind: 'network', message: 'x', request: 'r' });
    expect(saveFailureMessage(network, 'goal', true, false)).toBe(
      'The goal was not saved: Flowdesk could not reach the server. Check your connection, then press Save again. Your edits are kept.',
    );
    expect(saveFailureMessage(network, 'option', false, false)).toBe(
      'The option was not saved: Flowdesk could not reach the server. Check your connection, then press Save again. Your edits are kept.',
    );
    expect(saveFailureMessage(parse, 'option', true, false)).toBe(
      'The option was not saved: the server sent data Flowdesk does not understand (WorkflowGoalId: Invalid input). Press Save to try again; if it keeps happening, tell your administrator. Your edits are kept.',
    );
  });
});

describe('createMayHaveBeenStored', () => {
  it('is false only for an answer that refused the create', () => {
    const http = (status: number) =>
      new ApiError({ kind: 'http', status, message: 'x', request: 'r' });
    expect(createMayHaveBeenStored(http(400))).toBe(false);
    expect(createMayHaveBeenStored(http(401))).toBe(false);
    expect(createMayHaveBeenStored(http(502))).toBe(true);
    expect(createMayHaveBeenStored(parse)).toBe(true);
    expect(
      createMayHaveBeenStored(new ApiError({ kind: 'network', message: 'x', request: 'r' })),
    ).toBe(true);
  });
});
