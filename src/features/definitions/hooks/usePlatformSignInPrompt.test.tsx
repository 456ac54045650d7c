import { beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../../../api/http/ApiError.ts';

vi.mock('../../../api/definitions/akanaTransport.ts', () => ({
  akanaRequest: () => Promise.reject(new Error('not signed in')),
}));

const { withPlatformSession, resetPlatformSessionState } =
  await import('../../../api/definitions/platformSession.ts');
const { usePlatformSignInPrompt } = await import('./usePlatformSignInPrompt.ts');

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>
);
const unauthorized = () =>
  new ApiError({ kind: 'http', status: 401, message: 'Login required', request: 'x' });

/** A platform call whose session was lost: it asks for a sign-in, then would run once more. */
async function callAfterLostSession() {
  await withPlatformSession(() => Promise.resolve('established'));
  const e = unauthorized();
  const call = vi.fn().mockRejectedValueOnce(e).mockResolvedValueOnce('uploaded');
  return { e, call, result: withPlatformSession(call) };
}

describe('usePlatformSignInPrompt', () => {
  beforeEach(() => resetPlatformSessionState());

  it('cancels a sign-in still open when the page closes, so the waiting call settles', async () => {
    const hook = renderHook(() => usePlatformSignInPrompt(), { wrapper });
    const { e, call, result } = await callAfterLostSession();
    await waitFor(() => expect(hook.result.current.open).toBe(true));

    hook.unmount();

    await expect(result).rejects.toBe(e);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('a later page asks again rather than waiting on the closed page’s sign-in', async () => {
    const first = renderHook(() => usePlatformSignInPrompt(), { wrapper });
    const before = await callAfterLostSession();
    await waitFor(() => expect(first.result.current.open).toBe(true));
    first.unmount();
    await expect(before.result).rejects.toBe(before.e);

    const second = renderHook(() => usePlatformSignInPrompt(), { wrapper });
    const again = await callAfterLostSession();
    await waitFor(() => expect(second.result.current.open).toBe(true));
    act(() => second.result.current.cancel());
    await expect(again.result).rejects.toBe(again.e);
  });
});
