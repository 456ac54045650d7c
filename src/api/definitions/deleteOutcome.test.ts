import { describe, expect, it } from 'vitest';
import { ApiError } from '../http/ApiError.ts';
import { deleteTreatingNotFoundAsGone, withoutDefinition } from './deleteOutcome.ts';

const httpError = (status: number) =>
  new ApiError({ kind: 'http', status, message: 'No workflow definition', request: 'DELETE x' });

describe('deleteTreatingNotFoundAsGone', () => {
  it('reports a delete that worked', async () => {
    await expect(deleteTreatingNotFoundAsGone(() => Promise.resolve(true))).resolves.toBe(
      'deleted',
    );
  });

  it('treats 404 as already gone', async () => {
    await expect(deleteTreatingNotFoundAsGone(() => Promise.reject(httpError(404)))).resolves.toBe(
      'already-gone',
    );
  });

  it('passes other failures on', async () => {
    const forbidden = httpError(403);
    await expect(deleteTreatingNotFoundAsGone(() => Promise.reject(forbidden))).rejects.toBe(
      forbidden,
    );
    const network = new ApiError({ kind: 'network', message: 'down', request: 'DELETE x' });
    await expect(deleteTreatingNotFoundAsGone(() => Promise.reject(network))).rejects.toBe(network);
  });
});

describe('withoutDefinition', () => {
  const a = { Key: 'a', Name: 'A' };
  const b = { Key: 'b', Name: 'B' };
  it('drops the definition of that key', () => {
    expect(withoutDefinition([a, b], 'a')).toEqual([b]);
  });
  it('keeps the same list when the key is not in it', () => {
    const list = [a, b];
    expect(withoutDefinition(list, 'c')).toBe(list);
    expect(withoutDefinition(undefined, 'a')).toBeUndefined();
  });
});
