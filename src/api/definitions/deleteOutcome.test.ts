import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../http/ApiError.ts';
import {
  DeleteRefusedAsNotFound,
  deleteTreatingNotFoundAsGone,
  withoutDefinition,
} from './deleteOutcome.ts';

const httpError = (status: number) =>
  new ApiError({ kind: 'http', status, message: 'No workflow definition', request: 'DELETE x' });

/** Whether the platform still lists the definition, as the check after a 404 reads it. */
const listed = (answer: boolean) => vi.fn(() => Promise.resolve(answer));

describe('deleteTreatingNotFoundAsGone', () => {
  it('reports a delete that worked', async () => {
    await expect(
      deleteTreatingNotFoundAsGone(() => Promise.resolve(true), listed(false)),
    ).resolves.toBe('deleted');
  });

  it('treats 404 as already gone once the platform no longer lists it', async () => {
    const stillListed = listed(false);
    await expect(
      deleteTreatingNotFoundAsGone(() => Promise.reject(httpError(404)), stillListed),
    ).resolves.toBe('already-gone');
    expect(stillListed).toHaveBeenCalledTimes(1);
  });

  // AK-HTTP: the platform's 404 also answers a wrong Accept, content type or verb, having done
  // nothing; then the definition is still there and "someone else deleted it" would be untrue.
  it('a 404 for a definition the platform still lists is a delete that did not happen', async () => {
    const e = await deleteTreatingNotFoundAsGone(
      () => Promise.reject(httpError(404)),
      listed(true),
    ).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DeleteRefusedAsNotFound);
    expect((e as Error).message).toBe(
      'The platform answered that the definition was not found, yet it still lists it, so it was not deleted. Reload the page and try again; if it keeps happening, tell your administrator.',
    );
  });

  it('keeps to the 404 when the list cannot be read to check', async () => {
    await expect(
      deleteTreatingNotFoundAsGone(
        () => Promise.reject(httpError(404)),
        () => Promise.reject(httpError(500)),
      ),
    ).resolves.toBe('already-gone');
  });

  it('does not read the list after a delete that worked', async () => {
    const stillListed = listed(true);
    await expect(
      deleteTreatingNotFoundAsGone(() => Promise.resolve(true), stillListed),
    ).resolves.toBe('deleted');
    expect(stillListed).not.toHaveBeenCalled();
  });

  it('passes other failures on', async () => {
    const forbidden = httpError(403);
    await expect(
      deleteTreatingNotFoundAsGone(() => Promise.reject(forbidden), listed(true)),
    ).rejects.toBe(forbidden);
    const network = new ApiError({ kind: 'network', message: 'down', request: 'DELETE x' });
    await expect(
      deleteTreatingNotFoundAsGone(() => Promise.reject(network), listed(true)),
    ).rejects.toBe(network);
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
