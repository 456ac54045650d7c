import { describe, expect, it, vi } from 'vitest';
import { whileOnline, type OnlineSource } from './whileOnline.ts';
import { offlineUploadMessage, UploadOffline } from '../model/offlineUpload.ts';

function fakeBrowser(onLine: boolean) {
  const listeners = new Set<() => void>();
  const source: OnlineSource & { goOffline(): void; listening(): number } = {
    get onLine() {
      return onLine;
    },
    addEventListener: (_type, l) => listeners.add(l),
    removeEventListener: (_type, l) => listeners.delete(l),
    goOffline() {
      onLine = false;
      for (const l of [...listeners]) l();
    },
    listening: () => listeners.size,
  };
  return source;
}

/** A request that never answers by itself (as one does when the connection dropped under it). */
const hanging = (seen: { signal?: AbortSignal }) => (signal: AbortSignal) => {
  seen.signal = signal;
  return new Promise<string>((_resolve, reject) =>
    signal.addEventListener('abort', () => reject(new Error('aborted'))),
  );
};

describe('whileOnline', () => {
  it('offline at the start: rejects at once and sends nothing', async () => {
    const run = vi.fn(() => Promise.resolve('sent'));
    const result = whileOnline(new AbortController().signal, run, () => false, fakeBrowser(false));
    await expect(result).rejects.toEqual(new UploadOffline('before'));
    expect(run).not.toHaveBeenCalled();
  });

  it('going offline while it runs: aborts the request and rejects at once', async () => {
    const browser = fakeBrowser(true);
    const seen: { signal?: AbortSignal } = {};
    const result = whileOnline(new AbortController().signal, hanging(seen), () => false, browser);
    browser.goOffline();
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadOffline);
    expect(error).toMatchObject({ when: 'during', sentAll: false });
    expect(seen.signal?.aborted).toBe(true);
    expect(browser.listening()).toBe(0);
  });

  it('says whether the whole file had gone out when the browser went offline', async () => {
    const browser = fakeBrowser(true);
    const result = whileOnline(new AbortController().signal, hanging({}), () => true, browser);
    browser.goOffline();
    await expect(result).rejects.toMatchObject({ when: 'during', sentAll: true });
  });

  it('online throughout: passes the answer (or the failure) on, and stops listening', async () => {
    const browser = fakeBrowser(true);
    await expect(
      whileOnline(
        new AbortController().signal,
        () => Promise.resolve('ok'),
        () => false,
        browser,
      ),
    ).resolves.toBe('ok');
    const boom = new Error('500');
    await expect(
      whileOnline(
        new AbortController().signal,
        () => Promise.reject(boom),
        () => false,
        browser,
      ),
    ).rejects.toBe(boom);
    expect(browser.listening()).toBe(0);
  });

  it('a cancel aborts the request it runs', async () => {
    const cancel = new AbortController();
    const seen: { signal?: AbortSignal } = {};
    const result = whileOnline(cancel.signal, hanging(seen), () => false, fakeBrowser(true));
    cancel.abort();
    await expect(result).rejects.toThrow('aborted');
    expect(seen.signal?.aborted).toBe(true);
  });
});

describe('offlineUploadMessage', () => {
  it('says nothing was sent, the fields are kept, and to retry once online', () => {
    expect(offlineUploadMessage(new UploadOffline('before'), 'Leave approval')).toBe(
      'Your browser is offline, so the file was not sent. Your fields are kept: Retry once you are back online.',
    );
  });
  it('a file sent whole before the connection went may be stored: look before retrying', () => {
    expect(offlineUploadMessage(new UploadOffline('during', true), 'Leave approval')).toContain(
      'look for “Leave approval” in the list below before retrying',
    );
    expect(offlineUploadMessage(new UploadOffline('during', false))).toContain('it was not stored');
  });
});
