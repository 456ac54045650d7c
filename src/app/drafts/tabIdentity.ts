/**
 * Which tab this is, for work kept per tab (the targets drafts): an id kept in sessionStorage,
 * so it survives a reload of the tab, and a Web Lock of that name held as long as the page lives,
 * so another tab can tell a draft of a live tab from one of a tab closed without saving.
 *
 * A duplicated tab starts with a copy of the other's sessionStorage, so with its id: the lock is
 * then held by the other tab, and it takes an id of its own. A reloaded tab's old page lets its
 * lock go as it unloads, so the new page waits a moment for it before taking a new id.
 *
 * Without Web Locks (an older or embedded browser, a page not served over HTTPS), a lease in
 * localStorage renewed while the page lives stands in for the lock (tabLeases).
 */
import { localStore } from '../storage/localStore.ts';
import { holdLease, leaseHeldElsewhere, liveLeaseTabs } from './tabLeases.ts';

const idKey = 'flowdesk.tabId';
const lockPrefix = 'flowdesk.tab.';
const claimPrefix = 'flowdesk.claim.';
const takenPrefix = 'flowdesk.taken.';
/** How long a new page waits for its tab's lock, which the page it replaces is letting go. */
const reloadWaitMs = 1500;

export interface TabIdentity {
  readonly id: string;
  /**
   * The ids of the tabs open now (their locks held, or waited for by a page reloading; without
   * Web Locks, their leases fresh); null when the browser cannot say (no Web Locks, no storage).
   */
  liveTabs(): Promise<ReadonlySet<string> | null>;
  /**
   * Runs `take` holding an exclusive lock named for `name` (a closed tab's draft), so two tabs
   * opening together do not both take it: the second finds it gone when it re-checks. Without
   * Web Locks, `take` just runs (nothing else makes two tabs take turns).
   */
  claim<T>(name: string, take: () => Promise<T> | T): Promise<T>;
  /**
   * Says, for as long as this page lives, that it took `name` (a closed tab's draft, as it was
   * then: takenMark): tabs each have their own copy of localStorage, which can lag a moment
   * behind another tab's writes, so the next tab to claim may still see the draft there; the
   * locks it sees at once. Nothing without Web Locks.
   */
  markTaken(name: string): Promise<void>;
  /** The names every open tab took (markTaken); empty without Web Locks. */
  taken(): Promise<ReadonlySet<string>>;
}

function newId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function storedId(): string | null {
  try {
    return window.sessionStorage.getItem(idKey);
  } catch {
    return null;
  }
}

function storeId(id: string) {
  try {
    window.sessionStorage.setItem(idKey, id);
  } catch {
    // Storage is off: the id lasts as long as the page, and the draft with it (a reload loses it).
  }
}

function locks(): LockManager | null {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;
}

/** A signal aborted after `ms` (AbortSignal.timeout is missing in some browsers with locks). */
function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), ms);
  return controller.signal;
}

/** Holds the lock named for `id` until the page goes; false when another page holds it. */
function holdLock(
  manager: LockManager,
  id: string,
  waitMs: number,
  prefix = lockPrefix,
): Promise<boolean> {
  return new Promise((resolve) => {
    const options: LockOptions =
      waitMs > 0 ? { signal: timeoutSignal(waitMs) } : { ifAvailable: true };
    manager
      .request(prefix + id, options, (lock) => {
        resolve(lock !== null);
        // Held until the page is gone.
        return lock ? new Promise<never>(() => {}) : undefined;
      })
      .catch(() => resolve(false));
  });
}

/** Names of this app's locks with `prefix` among `locks`, without it (tab ids, for tab locks). */
function tabIds(locks: readonly LockInfo[] | undefined, prefix = lockPrefix): string[] {
  return (locks ?? [])
    .map((l) => l.name ?? '')
    .filter((n) => n.startsWith(prefix))
    .map((n) => n.slice(prefix.length));
}

/**
 * Finds the tab, and never fails: without Web Locks, or where they misbehave, with leases; where
 * storage is off too, the tab's id lasts as long as the page, and no tab can tell which are open.
 */
async function identify(): Promise<TabIdentity> {
  const manager = locks();
  try {
    if (manager) return await identifyWithLocks(manager);
  } catch {
    // The browser's locks misbehave: as without them.
  }
  return identifyWithLeases();
}

function identifyWithLeases(): TabIdentity {
  let storage = localStore();
  const page = newId();
  let id = storedId();
  try {
    if (id === null || (storage && leaseHeldElsewhere(storage, id, page, Date.now()))) id = newId();
    // Held until the page goes: what would stop holding it is for tests.
    if (storage) holdLease(storage, id, page);
  } catch {
    storage = null;
  }
  const own = id ?? newId();
  storeId(own);
  const liveTabs = async (): Promise<ReadonlySet<string> | null> => {
    if (!storage) return null;
    try {
      return liveLeaseTabs(storage, Date.now()).add(own);
    } catch {
      return null;
    }
  };
  return {
    id: own,
    liveTabs,
    claim: async (_name, take) => take(),
    markTaken: async () => {},
    taken: async () => new Set(),
  };
}

async function identifyWithLocks(manager: LockManager): Promise<TabIdentity> {
  let id = storedId();
  const held =
    id !== null &&
    ((await holdLock(manager, id, 0)) || (await holdLock(manager, id, reloadWaitMs)));
  if (!held) {
    id = newId();
    await holdLock(manager, id, 0);
  }
  id ??= newId();
  storeId(id);
  const liveTabs = async (): Promise<ReadonlySet<string> | null> => {
    try {
      // A page reloading waits for its tab's lock, which the page it replaces is letting go:
      // its pending request counts, or another tab would take its draft as a closed tab's.
      const { held, pending } = await manager.query();
      return new Set([...tabIds(held), ...tabIds(pending)]);
    } catch {
      return null;
    }
  };
  const claim = async <T>(name: string, take: () => Promise<T> | T): Promise<T> =>
    (await manager.request(claimPrefix + name, () => take())) as T;
  const markTaken = async (name: string) => {
    await holdLock(manager, name, 0, takenPrefix);
  };
  const taken = async (): Promise<ReadonlySet<string>> => {
    try {
      return new Set(tabIds((await manager.query()).held, takenPrefix));
    } catch {
      return new Set();
    }
  };
  return { id, liveTabs, claim, markTaken, taken };
}

let identity: Promise<TabIdentity> | null = null;

/** This tab's identity, found once per page. */
export function tabIdentity(): Promise<TabIdentity> {
  return (identity ??= identify());
}
