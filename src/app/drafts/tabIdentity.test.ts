import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeLocks } from '../../test/fakeLocks.ts';

/** tabIdentity as a new page loads it (it is found once per page); `locks` undefined: none. */
async function freshTabIdentity(locks: LockManager | undefined) {
  vi.stubGlobal('navigator', { ...navigator, locks });
  vi.resetModules();
  const { tabIdentity } = await import('./tabIdentity.ts');
  return tabIdentity;
}

describe('tabIdentity', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    sessionStorage.clear();
    localStorage.clear();
  });

  it('counts a tab waiting for its lock (reloading) as live, not closed', async () => {
    const tabIdentity = await freshTabIdentity(
      fakeLocks({ held: ['flowdesk.tab.open'], pending: ['flowdesk.tab.reloading'] }),
    );
    const tab = await tabIdentity();
    const live = await tab.liveTabs();
    expect([...(live ?? [])].sort()).toEqual([tab.id, 'open', 'reloading'].sort());
  });

  it('still knows the tab where AbortSignal.timeout is missing (an older browser)', async () => {
    sessionStorage.setItem('flowdesk.tabId', 'held-by-another-page');
    vi.stubGlobal('AbortSignal', { ...AbortSignal, timeout: undefined });
    const tabIdentity = await freshTabIdentity(
      fakeLocks({ held: ['flowdesk.tab.held-by-another-page'] }),
    );
    const tab = await tabIdentity();
    expect(tab.id).not.toBe('held-by-another-page');
    expect(tab.id).toBeTruthy();
  });

  it('claims a closed tab’s draft under a lock, so two tabs do not both take it', async () => {
    const tabIdentity = await freshTabIdentity(fakeLocks());
    const tab = await tabIdentity();
    let ran = false;
    const answer = await tab.claim('draft-key', async () => {
      ran = true;
      return 42;
    });
    expect(ran).toBe(true);
    expect(answer).toBe(42);
  });

  describe('without Web Locks', () => {
    const lease = (tab: string, ago: number, gone = false) =>
      localStorage.setItem(
        `flowdesk.tabLease.${tab}`,
        JSON.stringify({ page: `page-${tab}`, at: Date.now() - ago, ...(gone && { gone }) }),
      );

    it('still tells open tabs from closed ones, by their leases', async () => {
      lease('open', 30_000);
      lease('closed', 10_000, true);
      const tab = await (await freshTabIdentity(undefined))();
      const live = await tab.liveTabs();
      expect([...(live ?? [])].sort()).toEqual([tab.id, 'open'].sort());
      expect(JSON.parse(localStorage.getItem(`flowdesk.tabLease.${tab.id}`)!)).toMatchObject({
        at: expect.any(Number),
      });
    });

    it('keeps the id over a reload, and takes its own in a duplicated tab', async () => {
      sessionStorage.setItem('flowdesk.tabId', 'reloaded');
      lease('reloaded', 100, true);
      expect((await (await freshTabIdentity(undefined))()).id).toBe('reloaded');

      sessionStorage.setItem('flowdesk.tabId', 'original');
      lease('original', 1_000);
      expect((await (await freshTabIdentity(undefined))()).id).not.toBe('original');
    });

    it('cannot tell which tabs are open where storage is off too', async () => {
      vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      const tab = await (await freshTabIdentity(undefined))();
      expect(tab.id).toBeTruthy();
      expect(await tab.liveTabs()).toBeNull();
    });
  });
});
