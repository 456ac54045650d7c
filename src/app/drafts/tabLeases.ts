/**
 * Which tabs are open, where the browser has no Web Locks (an older or embedded browser, a page
 * not served over HTTPS): each tab keeps a lease in localStorage (`flowdesk.tabLease.<tab>`),
 * renewed while its page lives and let go as the page goes. A tab counts as open while its lease
 * is fresh, and for a moment after it was let go, for the reload that takes it up again; so the
 * draft of a tab closed without saving is offered in the next tab, as it is with Web Locks.
 *
 * A page put in the back-forward cache, or frozen in a background tab, runs no timers, yet may
 * come back as it was, showing its edits: its lease stays fresh for `freshMs` from then (not let
 * go), so another tab does not take its drafts meanwhile.
 */

const leasePrefix = 'flowdesk.tabLease.';
/** How often a page renews its lease. */
const renewMs = 20_000;
/**
 * How long a lease not let go counts: long, as a browser may run a hidden tab's timers only once
 * a minute; a page that goes for good lets its lease go, so this matters for a tab that crashed,
 * or a page in the back-forward cache or frozen (which may come back, or be dropped unseen).
 */
const freshMs = 150_000;
/** How long a lease let go still counts: the page reloading takes it up within this. */
export const leaseReloadWaitMs = 1500;

export interface TabLease {
  /** The page holding it (a reload is a new page of the same tab). */
  readonly page: string;
  /** When it was last renewed, or let go (ms since 1970). */
  readonly at: number;
  /** The page went (a reload, a closed tab, another site). */
  readonly gone?: boolean;
  /**
   * The page is in the back-forward cache: open (its drafts are left alone) while fresh, but a
   * new page of its tab (the cached one dropped, then Back) takes the lease up, as after a reload.
   */
  readonly away?: boolean;
}

function leaseOf(text: string | null): TabLease | null {
  try {
    const v: unknown = JSON.parse(text ?? '');
    const l = v as Partial<TabLease> | null;
    return typeof l?.page === 'string' && typeof l.at === 'number' ? (l as TabLease) : null;
  } catch {
    return null;
  }
}

/** True while the tab holding `lease` counts as open at `now`. */
export function leaseIsLive(lease: TabLease, now: number): boolean {
  const age = now - lease.at;
  return age < (lease.gone ? leaseReloadWaitMs : freshMs);
}

/** The tab's lease is held by a live page other than `page`: a duplicated tab's original. */
export function leaseHeldElsewhere(storage: Storage, id: string, page: string, now: number) {
  const lease = leaseOf(storage.getItem(leasePrefix + id));
  return (
    lease !== null && !lease.gone && !lease.away && lease.page !== page && leaseIsLive(lease, now)
  );
}

/** The ids of the tabs whose leases are live at `now`; leases long dead are removed. */
export function liveLeaseTabs(storage: Storage, now: number): Set<string> {
  const live = new Set<string>();
  const dead: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (!key?.startsWith(leasePrefix)) continue;
    const lease = leaseOf(storage.getItem(key));
    if (lease && leaseIsLive(lease, now)) live.add(key.slice(leasePrefix.length));
    else if (!lease || now - lease.at > freshMs) dead.push(key);
  }
  for (const key of dead) storage.removeItem(key);
  return live;
}

/**
 * Holds tab `id`'s lease for `page` as long as the page lives: written now, renewed every
 * `renewMs` and as the page is frozen (its timers stop), let go as the page goes for good
 * (pagehide), kept fresh as it goes into the back-forward cache, and renewed if it comes back
 * (pageshow, resume). Gives a function that stops holding it (no more renewals, and the page's
 * events no longer heard; the lease stays as last written): a page holds its lease until it goes,
 * but tests run many holders in one page, and each must stop before the next.
 */
export function holdLease(storage: Storage, id: string, page: string): () => void {
  const write = (state: 'held' | 'gone' | 'away') => {
    const at = Date.now();
    const lease: TabLease = state === 'held' ? { page, at } : { page, at, [state]: true };
    try {
      storage.setItem(leasePrefix + id, JSON.stringify(lease));
    } catch {
      // Storage full: the lease lapses, and the tab's draft may be offered in another tab.
    }
  };
  // Away while in the back-forward cache (where the page is frozen too, after pagehide).
  let state: 'held' | 'away' = 'held';
  const renew = () => write(state);
  renew();
  const renewing = setInterval(renew, renewMs);
  const holding = new AbortController();
  const { signal } = holding;
  window.addEventListener(
    'pagehide',
    (e) => {
      if (e.persisted) state = 'away';
      write(e.persisted ? 'away' : 'gone');
    },
    { signal },
  );
  window.addEventListener(
    'pageshow',
    (e) => {
      if (!e.persisted) return;
      state = 'held';
      renew();
    },
    { signal },
  );
  document.addEventListener('freeze', renew, { signal });
  document.addEventListener('resume', renew, { signal });
  return () => {
    clearInterval(renewing);
    holding.abort();
  };
}
