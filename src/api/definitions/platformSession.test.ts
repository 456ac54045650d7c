import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../http/ApiError.ts';
import { connectionStore } from '../session/connectionStore.ts';
import { defaultConnection } from '../session/connection.ts';

const akanaRequest = vi.fn();
vi.mock('./akanaTransport.ts', () => ({ akanaRequest: (...a: unknown[]) => akanaRequest(...a) }));

const {
  withPlatformSession,
  setPlatformSignInPrompt,
  resetPlatformSessionState,
  ensurePlatformAccount,
  signInToPlatform,
} = await import('./platformSession.ts');
const { readPlatformSessionRecord } = await import('./platformSessionRecord.ts');

const unauthorized = () =>
  new ApiError({ kind: 'http', status: 401, message: 'Login required', request: 'x' });

describe('withPlatformSession', () => {
  beforeEach(() => {
    resetPlatformSessionState();
    akanaRequest.mockReset();
    connectionStore.set({
      ...defaultConnection(),
      userName: 'admin',
      password: 'admin',
      rememberInTab: false,
    });
  });

  it('signs in silently with the stored credentials the first time, then retries', async () => {
    akanaRequest.mockResolvedValue({ userName: 'admin' });
    const call = vi.fn().mockRejectedValueOnce(unauthorized()).mockResolvedValueOnce('listed');
    await expect(withPlatformSession(call)).resolves.toBe('listed');
    expect(akanaRequest).toHaveBeenCalledWith(
      expect.objectContaining({ path: '/api/login', body: { email: 'admin', password: 'admin' } }),
    );
    expect(call).toHaveBeenCalledTimes(2);
  });

  it('asks the user once a session was established and lost, then retries', async () => {
    await withPlatformSession(() => Promise.resolve('first'));
    const ask = vi.fn().mockResolvedValue(undefined);
    setPlatformSignInPrompt(ask);
    const call = vi.fn().mockRejectedValueOnce(unauthorized()).mockResolvedValueOnce('uploaded');
    await expect(withPlatformSession(call)).resolves.toBe('uploaded');
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith('ended');
    expect(akanaRequest).not.toHaveBeenCalled();
  });

  it('asks for a first sign-in when no platform call has worked yet and there is no password', async () => {
    // Signed in to Flowdesk with a ticket: no password to sign in to the platform with.
    connectionStore.set({ ...defaultConnection(), userName: '', rememberInTab: false });
    const ask = vi.fn().mockResolvedValue(undefined);
    setPlatformSignInPrompt(ask);
    const call = vi.fn().mockRejectedValueOnce(unauthorized()).mockResolvedValueOnce('listed');
    await expect(withPlatformSession(call)).resolves.toBe('listed');
    expect(ask).toHaveBeenCalledWith('first');
  });

  it('asks for a first sign-in when the platform refuses the stored password', async () => {
    akanaRequest.mockRejectedValue(unauthorized());
    const ask = vi.fn().mockResolvedValue(undefined);
    setPlatformSignInPrompt(ask);
    const call = vi.fn().mockRejectedValueOnce(unauthorized()).mockResolvedValueOnce('listed');
    await expect(withPlatformSession(call)).resolves.toBe('listed');
    expect(ask).toHaveBeenCalledWith('first');
  });

  it('shares one prompt between concurrent 401s', async () => {
    await withPlatformSession(() => Promise.resolve('first'));
    let release = () => {};
    const ask = vi.fn(() => new Promise<void>((r) => (release = r)));
    setPlatformSignInPrompt(ask);
    const make = () => vi.fn().mockRejectedValueOnce(unauthorized()).mockResolvedValueOnce('ok');
    const both = Promise.all([withPlatformSession(make()), withPlatformSession(make())]);
    await new Promise((r) => setTimeout(r, 0));
    release();
    await expect(both).resolves.toEqual(['ok', 'ok']);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('throws the 401 when the user cancels the sign-in', async () => {
    await withPlatformSession(() => Promise.resolve('first'));
    setPlatformSignInPrompt(() => Promise.reject(new Error('cancelled')));
    const e = unauthorized();
    await expect(withPlatformSession(() => Promise.reject(e))).rejects.toBe(e);
  });

  it('does not touch other errors', async () => {
    const e = new ApiError({ kind: 'http', status: 500, message: 'boom', request: 'x' });
    await expect(withPlatformSession(() => Promise.reject(e))).rejects.toBe(e);
    expect(akanaRequest).not.toHaveBeenCalled();
  });

  it('signs in again for another Flowdesk user, and signs out of the platform on sign-out', async () => {
    akanaRequest.mockImplementation(async (o: { body?: { email: string } }) => ({
      userName: o.body?.email,
    }));
    expect(await ensurePlatformAccount()).toEqual({ userName: 'admin' });
    expect(await ensurePlatformAccount()).toEqual({ userName: 'admin' });
    expect(akanaRequest).toHaveBeenCalledTimes(1);
    connectionStore.set({
      ...defaultConnection(),
      userName: 'viewer',
      password: 'viewer',
      rememberInTab: false,
    });
    expect(await ensurePlatformAccount()).toEqual({ userName: 'viewer' });
    connectionStore.set(null);
    expect(akanaRequest).toHaveBeenLastCalledWith(expect.objectContaining({ path: '/api/logout' }));
    expect(await ensurePlatformAccount()).toBeNull();
  });
});

describe('signInToPlatform', () => {
  beforeEach(() => {
    resetPlatformSessionState();
    akanaRequest.mockReset();
    localStorage.clear();
    connectionStore.set({
      ...defaultConnection(),
      userName: 'admin',
      password: 'admin',
      rememberInTab: false,
    });
  });

  // Its CSRF cookie is the one calls use, beside any stale cookie of another fedmember.
  it('remembers the fedmember the platform’s answer names', async () => {
    akanaRequest.mockResolvedValue({ userName: 'admin', fedMemberId: 'flowdesk' });
    await signInToPlatform('admin', 'admin');
    expect(readPlatformSessionRecord()?.fedMemberId).toBe('flowdesk');
  });

  it('else remembers the fedmember whose CSRF cookie the sign-in set', async () => {
    akanaRequest.mockImplementation(() => {
      document.cookie = 'X-Csrf-Token_acme=TokenID%3Dnew; path=/';
      return Promise.resolve({ userName: 'admin' });
    });
    try {
      await signInToPlatform('admin', 'admin');
      expect(readPlatformSessionRecord()?.fedMemberId).toBe('acme');
    } finally {
      document.cookie = 'X-Csrf-Token_acme=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    }
  });
});
