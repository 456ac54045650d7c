import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  holdLease,
  leaseHeldElsewhere,
  leaseIsLive,
  leaseReloadWaitMs,
  liveLeaseTabs,
} from './tabLeases.ts';

const now = Date.parse('2026-01-01T12:00:00Z');
const put = (tab: string, lease: object) =>
  localStorage.setItem(`flowdesk.tabLease.${tab}`, JSON.stringify(lease));

/** What each test's holdLease gives to let the lease be, so no test hears another's events. */
const holding: (() => void)[] = [];
const hold = (tab: string, page: string) => holding.push(holdLease(localStorage, tab, page));
const fakeClock = () => vi.useFakeTimers({ now, toFake: ['Date', 'setInterval', 'clearInterval'] });

afterEach(() => {
  for (const letBe of holding.splice(0)) letBe();
  vi.useRealTimers();
  localStorage.clear();
});

const pagehide = (persisted: boolean) =>
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted }));

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

  it('counts a page kept in the back-forward cache as open, not as a closed tab, for a while', () => {
    fakeClock();
    hold('cached', 'p1');
    pagehide(true);
    document.dispatchEvent(new Event('freeze'));
    // Another tab opening meanwhile leaves its drafts alone: the page may come back as it was.
    expect(liveLeaseTabs(localStorage, now + 60_000).has('cached')).toBe(true);
    expect(liveLeaseTabs(localStorage, now + 10 * 60_000).has('cached')).toBe(false);
    // Dropped from the cache, the page loads anew in its tab (Back), which keeps its id.
    expect(leaseHeldElsewhere(localStorage, 'cached', 'p2', now + 1_000)).toBe(false);
    // Back from the cache, the page holds its lease again.
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(leaseHeldElsewhere(localStorage, 'cached', 'p2', now + 1_000)).toBe(true);
  });

  it('counts a page gone for good (a reload, a closed tab) as open only for the reload', () => {
    fakeClock();
    hold('closing', 'p1');
    pagehide(false);
    expect(liveLeaseTabs(localStorage, now + 100).has('closing')).toBe(true);
    expect(liveLeaseTabs(localStorage, now + leaseReloadWaitMs + 1).has('closing')).toBe(false);
  });

  it('renews the lease as the page is frozen, as its timers stop then', () => {
    fakeClock();
    hold('frozen', 'p1');
    vi.advanceTimersByTime(19_000);
    document.dispatchEvent(new Event('freeze'));
    expect(liveLeaseTabs(localStorage, now + 19_000 + 140_000).has('frozen')).toBe(true);
  });

  it('once let be, neither renews the lease nor answers the page going or freezing', () => {
    fakeClock();
    const letBe = holdLease(localStorage, 'let-be', 'p1');
    const written = localStorage.getItem('flowdesk.tabLease.let-be');
    letBe();
    vi.advanceTimersByTime(60_000);
    pagehide(false);
    document.dispatchEvent(new Event('freeze'));
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(localStorage.getItem('flowdesk.tabLease.let-be')).toBe(written);
  });
});
