import { afterEach, describe, expect, it } from 'vitest';
import { leaseHeldElsewhere, leaseIsLive, leaseReloadWaitMs, liveLeaseTabs } from './tabLeases.ts';

const now = Date.parse('2026-01-01T12:00:00Z');
const put = (tab: string, lease: object) =>
  localStorage.setItem(`flowdesk.tabLease.${tab}`, JSON.stringify(lease));

afterEach(() => localStorage.clear());

describe('tabLeases', () => {
  it('counts a tab open while its lease is fresh, or a moment after its page went', () => {
    expect(leaseIsLive({ page: 'p', at: now - 60_000 }, now)).toBe(true);
    expect(leaseIsLive({ page: 'p', at: now - 10 * 60_000 }, now)).toBe(false);
    expect(leaseIsLive({ page: 'p', at: now - 100, gone: true }, now)).toBe(true);
    expect(leaseIsLive({ page: 'p', at: now - leaseReloadWaitMs - 1, gone: true }, now)).toBe(
      false,
    );
  });

  it('finds the open tabs, and removes leases long dead', () => {
    put('open', { page: 'p1', at: now - 30_000 });
    put('reloading', { page: 'p2', at: now - 200, gone: true });
    put('closed', { page: 'p3', at: now - 5_000, gone: true });
    put('crashed', { page: 'p4', at: now - 60 * 60_000 });
    localStorage.setItem('flowdesk.tabLease.unreadable', '{');
    expect([...liveLeaseTabs(localStorage, now)].sort()).toEqual(['open', 'reloading']);
    expect(localStorage.getItem('flowdesk.tabLease.crashed')).toBeNull();
    expect(localStorage.getItem('flowdesk.tabLease.unreadable')).toBeNull();
    expect(localStorage.getItem('flowdesk.tabLease.closed')).not.toBeNull();
  });

  it("tells a duplicated tab's original (held by a live page) from the page reloading", () => {
    put('dup', { page: 'original', at: now - 1_000 });
    put('reload', { page: 'old', at: now - 100, gone: true });
    expect(leaseHeldElsewhere(localStorage, 'dup', 'new', now)).toBe(true);
    expect(leaseHeldElsewhere(localStorage, 'dup', 'original', now)).toBe(false);
    expect(leaseHeldElsewhere(localStorage, 'reload', 'new', now)).toBe(false);
    expect(leaseHeldElsewhere(localStorage, 'unknown', 'new', now)).toBe(false);
  });
});
