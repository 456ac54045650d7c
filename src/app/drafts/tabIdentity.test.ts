import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeLocks } from '../../test/fakeLocks.ts';

/** tabIdentity as a new page loads it (it is found once per page). */
async function freshTabIdentity(locks: LockManager) {
  vi.stubGlobal('navigator', { ...navigator, locks });
  vi.resetModules();
  const { tabIdentity } = await import('./tabIdentity.ts');
  return tabIdentity;
}

describe('tabIdentity', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
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
});
