import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/ApiError.ts';
import { DeleteAnsweredNotFoundButStillThere, deleteOrFindGone } from './deleteOrFindGone.ts';

const request = 'POST /api/v1/Agents/Workflow/DeleteWorkflowGoal';
const notFound = () =>
  new ApiError({ kind: 'http', status: 404, message: 'WorkflowGoal id 6 not found', request });
const failWith = (e: unknown) => () => Promise.reject(e);
const ok = () => Promise.resolve(true);

describe('deleteOrFindGone', () => {
  it('is "deleted" when the delete went through', async () => {
    expect(await deleteOrFindGone('goal', ok, failWith(notFound()))).toBe('deleted');
  });

  it('is "already-gone" when the delete and reading the record again both answer 404', async () => {
    expect(await deleteOrFindGone('goal', failWith(notFound()), failWith(notFound()))).toBe(
      'already-gone',
    );
  });

  it('says nothing was deleted when the record can still be read after a 404', async () => {
    const outcome = deleteOrFindGone('goal', failWith(notFound()), ok);
    await expect(outcome).rejects.toBeInstanceOf(DeleteAnsweredNotFoundButStillThere);
    await expect(outcome).rejects.toThrow(
      /^The server answered that the goal was not found, yet it still has it, so it was not deleted\./,
    );
  });

  it('keeps the 404 when the record cannot be read again for another reason', async () => {
    const first = notFound();
    const dropped = new ApiError({ kind: 'network', message: 'Failed to fetch', request });
    await expect(deleteOrFindGone('goal', failWith(first), failWith(dropped))).rejects.toBe(first);
  });

  it('passes on any other failure of the delete unchanged', async () => {
    const gateway = new ApiError({ kind: 'http', status: 504, message: 'x', request });
    await expect(deleteOrFindGone('goal', failWith(gateway), ok)).rejects.toBe(gateway);
  });
});
