/**
 * Which tab this is, for work kept per tab (the targets drafts): an id kept in sessionStorage,
 * so it survives a reload of the tab, and a Web Lock of that name held as long as the page lives,
 * so another tab can tell a draft of a live tab from one of a tab closed without saving.
 *
 * A duplicated tab starts with a copy of the other's sessionStorage, so with its id: the lock is
 * then held by the other tab, and it takes an id of its own. A reloaded tab's old page lets its
 * lock go as it unloads, so the new page waits a moment for it before taking a new id.
 */

const idKey = 'flowdesk.tabId';
const lockPrefix = 'flowdesk.tab.';
/** How long a new page waits for its tab's lock, which the page it replaces is letting go. */
const reloadWaitMs = 1500;

export interface TabIdentity {
  readonly id: string;
  /** The ids of the tabs open now (their locks held); null when the browser cannot say. */
  liveTabs(): Promise<ReadonlySet<string> | null>;
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

/** Holds the lock named for `id` until the page goes; false when another page holds it. */
function holdLock(manager: LockManager, id: string, waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const signal = waitMs > 0 ? AbortSignal.timeout(waitMs) : undefined;
    const options: LockOptions = signal ? { signal } : { ifAvailable: true };
    manager
      .request(lockPrefix + id, options, (lock) => {
        resolve(lock !== null);
        // Held until the page is gone.
        return lock ? new Promise<never>(() => {}) : undefined;
      })
      .catch(() => resolve(false));
  });
}

async function identify(): Promise<TabIdentity> {
  const manager = locks();
  let id = storedId();
  if (manager) {
    const held =
      id !== null &&
      ((await holdLock(manager, id, 0)) || (await holdLock(manager, id, reloadWaitMs)));
    if (!held) {
      id = newId();
      await holdLock(manager, id, 0);
    }
  }
  id ??= newId();
  storeId(id);
  const liveTabs = async (): Promise<ReadonlySet<string> | null> => {
    if (!manager) return null;
    try {
      const { held = [] } = await manager.query();
      const ids = held
        .map((l) => l.name ?? '')
        .filter((n) => n.startsWith(lockPrefix))
        .map((n) => n.slice(lockPrefix.length));
      return new Set(ids);
    } catch {
      return null;
    }
  };
  return { id, liveTabs };
}

let identity: Promise<TabIdentity> | null = null;

/** This tab's identity, found once per page. */
export function tabIdentity(): Promise<TabIdentity> {
  return (identity ??= identify());
}
