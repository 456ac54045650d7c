import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../http/ApiError.ts';
import { fetchEmailFlowList, fetchRestrictableFields } from './workflowApi.ts';
import { isMethodMissing, whenOffered } from './optionalMethod.ts';

const httpError = (status: number) =>
  new ApiError({ kind: 'http', status, message: 'x', request: 'POST /x' });

afterEach(() => vi.unstubAllGlobals());

describe('a method the server does not have', () => {
  it('is told by 404 (a tenant’s answer to an unknown address), 405 or 501', () => {
    expect([404, 405, 501].map((s) => isMethodMissing(httpError(s)))).toEqual([true, true, true]);
    expect([400, 401, 403, 500].map((s) => isMethodMissing(httpError(s)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(
      isMethodMissing(new ApiError({ kind: 'network', message: 'x', request: 'POST /x' })),
    ).toBe(false);
  });

  it('whenOffered answers null for it, and throws every other failure', async () => {
    await expect(whenOffered(Promise.reject(httpError(404)))).resolves.toBeNull();
    await expect(whenOffered(Promise.resolve([1]))).resolves.toEqual([1]);
    const failed = httpError(500);
    await expect(whenOffered(Promise.reject(failed))).rejects.toBe(failed);
  });

  it('GetEmailFlowList and GetRestrictableFields answered as a tenant answers: null', async () => {
    // ASP.NET's answer to an address it has no action for, as a tenant sends it.
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async (url: string) =>
          new Response(
            JSON.stringify({
              Message: `No HTTP resource was found that matches the request URI '${url}'.`,
            }),
            { status: 404 },
          ),
      ),
    );
    await expect(whenOffered(fetchEmailFlowList())).resolves.toBeNull();
    await expect(whenOffered(fetchRestrictableFields())).resolves.toBeNull();
  });
});
