import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError.ts';
import { notFoundWithWayOnText } from './refusalText.ts';

const refused = (status: number, request: string, message = 'Not found (sandbox fault)') =>
  new ApiError({ kind: 'http', status, message, request, type: 'SoNotFoundException' });

describe('ApiError.userMessage for a 404 or 403', () => {
  it('says in full sentences what a 404 on a load means and what to do', () => {
    expect(refused(404, 'POST /api/v1/Agents/Workflow/GetWorkflowGoal').userMessage).toBe(
      'The server has no such record or address (404): Not found (sandbox fault). It may have been deleted, or the address is wrong. Reload to check.',
    );
  });

  it('says a 404 on a save saved nothing and keeps the edits', () => {
    expect(refused(404, 'POST /api/v1/Agents/Workflow/SaveWorkflowGoal').userMessage).toBe(
      'The server has no such record or address (404): Not found (sandbox fault), so nothing was saved; your edits are kept. It may have been deleted by someone else, or the address is wrong. Reload to check.',
    );
  });

  it('says a 404 on a delete deleted nothing', () => {
    expect(refused(404, 'DELETE /api/workflow/definitions/k').userMessage).toBe(
      'The server has no such record or address (404): Not found (sandbox fault), so nothing was deleted. It may have been deleted already, or the address is wrong. Reload to check.',
    );
  });

  it('says what a 403 means and who can help, without a doubled full stop', () => {
    const msg = 'You may not change this group.';
    expect(refused(403, 'POST /api/v1/Agents/Target/SaveTargetGroup', msg).userMessage).toBe(
      'The server does not allow this (403): You may not change this group, so nothing was saved; your edits are kept. Ask your administrator for the right, or sign in as a user who has it.',
    );
    expect(refused(403, 'GET /api/workflow/definitions', msg).userMessage).toBe(
      'The server does not allow this (403): You may not change this group. Ask your administrator for the right, or sign in as a user who has it.',
    );
  });

  it('leaves out the server text when there is none', () => {
    expect(refused(404, 'GET /x', '').userMessage).toBe(
      'The server has no such record or address (404). It may have been deleted, or the address is wrong. Reload to check.',
    );
  });
});

describe('notFoundWithWayOnText', () => {
  it('keeps the address among the causes, without asking for a reload', () => {
    expect(notFoundWithWayOnText('EmailFlow id 999 not found.')).toBe(
      'The server has no such record or address (404): EmailFlow id 999 not found. It may have been deleted, or the address is wrong.',
    );
  });
});
