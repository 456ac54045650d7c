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
  onPlatformSignIn,
} = await import('./platformSession.ts');
const { readPlatformSessionRecord, writePlatformSessionRecord } =
  await import('./platformSessionRecord.ts');
const { flowdeskUserKey } = await import('./flowdeskUserKey.ts');

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
    // Any platform session in the browser is this user's.
    writePlatformSessionRecord({
      owner: flowdeskUserKey(connectionStore.get()) ?? '',
      fedMemberId: 'flowdesk',
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

  it('tells who signed in when a call signs in silently (the page’s rights follow)', async () => {
    akanaRequest.mockResolvedValue({ userName: 'viewer', canEditDefinitions: false });
    const told = vi.fn();
    const stop = onPlatformSignIn(told);
    const call = vi.fn().mockRejectedValueOnce(unauthorized()).mockResolvedValueOnce('listed');
    await withPlatformSession(call);
    stop();
    expect(told).toHaveBeenCalledExactlyOnceWith({ userName: 'viewer', canEditDefinitions: false });
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

describe('a platform session left in the browser by someone else', () => {
  const serverError = () =>
    new ApiError({ kind: 'http', status: 500, message: 'boom', request: 'POST /api/logout' });
  const paths = () => akanaRequest.mock.calls.map((c) => (c[0] as { path: string }).path);
  const signInAs = (userName: string, password: string, displayName = '') =>
    connectionStore.set({
      ...defaultConnection(),
      userName,
      password,
      displayName,
      rememberInTab: false,
    });

  beforeEach(() => {
    resetPlatformSessionState();
    akanaRequest.mockReset();
    localStorage.clear();
    signInAs('viewer', 'viewer');
    writePlatformSessionRecord({
      owner: flowdeskUserKey(connectionStore.get()) ?? '',
      fedMemberId: 'flowdesk',
    });
    akanaRequest.mockImplementation(async (o: { path: string; body?: { email: string } }) =>
      o.path === '/api/login' ? { userName: o.body?.email, fedMemberId: 'flowdesk' } : true,
    );
  });

  it('is ended before the first call, and the call signs this user in', async () => {
    signInAs('admin', 'admin');
    const call = vi.fn().mockRejectedValueOnce(unauthorized()).mockResolvedValueOnce('listed');
    await expect(withPlatformSession(call)).resolves.toBe('listed');
    expect(paths()).toEqual(['/api/logout', '/api/login']);
    expect(readPlatformSessionRecord()?.owner).toBe(flowdeskUserKey(connectionStore.get()));
  });

  it('asks a user signed in with a ticket to sign in, rather than acting as the one before', async () => {
    signInAs('', '', 'Anna Admin');
    const ask = vi.fn().mockResolvedValue(undefined);
    setPlatformSignInPrompt(ask);
    const call = vi.fn().mockRejectedValueOnce(unauthorized()).mockResolvedValueOnce('listed');
    await expect(withPlatformSession(call)).resolves.toBe('listed');
    expect(paths()).toEqual(['/api/logout']);
    expect(ask).toHaveBeenCalledWith('first');
  });

  it('is ended once when nobody is known to own it', async () => {
    writePlatformSessionRecord(null);
    signInAs('admin', 'admin');
    await withPlatformSession(() => Promise.resolve('listed'));
    await withPlatformSession(() => Promise.resolve('listed'));
    expect(paths()).toEqual(['/api/logout']);
  });

  it('is replaced by a sign-in with the stored password when it cannot be ended', async () => {
    signInAs('admin', 'admin');
    akanaRequest.mockImplementation(async (o: { path: string; body?: { email: string } }) => {
      if (o.path === '/api/logout') throw serverError();
      return { userName: o.body?.email, fedMemberId: 'flowdesk' };
    });
    await expect(withPlatformSession(() => Promise.resolve('listed'))).resolves.toBe('listed');
    expect(paths()).toEqual(['/api/logout', '/api/login']);
  });

  it('stops the call when it can be neither ended nor replaced', async () => {
    signInAs('', '', 'Anna Admin');
    const e = serverError();
    akanaRequest.mockRejectedValue(e);
    const call = vi.fn().mockResolvedValue('listed');
    await expect(withPlatformSession(call)).rejects.toBe(e);
    expect(call).not.toHaveBeenCalled();
  });

  it('is ended when another tab’s user took it over since this page signed in', async () => {
    signInAs('admin', 'admin');
    await ensurePlatformAccount();
    writePlatformSessionRecord({ owner: 'elsewhere|viewer', fedMemberId: 'flowdesk' });
    akanaRequest.mockClear();
    const call = vi.fn().mockRejectedValueOnce(unauthorized()).mockResolvedValueOnce('listed');
    await expect(withPlatformSession(call)).resolves.toBe('listed');
    expect(paths()).toEqual(['/api/logout', '/api/login']);
  });
});
