/** One event sent from the console in this browser session, with what came back. */
export interface SentEvent {
  id: string;
  sentAt: string;
  eventType: string;
  attributes: string;
  select: string;
  /** `invalid`: the server answered with data that is not a WorkflowEventResult; `unknown`: no
   * answer came, so whether the event arrived is not known; `not-sent`: the session had expired,
   * so it was not sent; `uncertain`: the server answered that it failed (a 500), maybe after
   * recording the event. */
  outcome: 'ok' | 'error' | 'invalid' | 'unknown' | 'not-sent' | 'uncertain';
  /** The result's EventType/Attributes, or the error message. */
  resultType?: string | null;
  resultAttributes?: string | null;
  error?: string;
}

const KEY = 'flowdesk.eventHistory';
const MAX = 50;
type Listener = () => void;

type HistoryStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One user's history of sent events (sessionStorage: survives reloads, not the tab). */
export class EventHistoryStore {
  private items: SentEvent[];
  private listeners = new Set<Listener>();

  constructor(
    private readonly storage: HistoryStorage | null,
    private readonly key = KEY,
  ) {
    this.items = this.load();
  }

  private load(): SentEvent[] {
    try {
      const raw = this.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as SentEvent[]) : [];
    } catch {
      return [];
    }
  }

  private commit(items: SentEvent[]) {
    this.items = items;
    try {
      if (items.length) this.storage?.setItem(this.key, JSON.stringify(items));
      else this.storage?.removeItem(this.key);
    } catch {
      // Storage full or disabled: the in-memory history still works.
    }
    for (const l of this.listeners) l();
  }

  /** Newest first; at most 50 are kept. */
  add(item: Omit<SentEvent, 'id'>): SentEvent {
    const entry = { ...item, id: `${Date.now()}-${Math.random().toString(36).slice(2, 8)}` };
    this.commit([entry, ...this.items].slice(0, MAX));
    return entry;
  }

  clear() {
    this.commit([]);
  }

  getSnapshot = () => this.items;

  subscribe = (l: Listener) => {
    this.listeners.add(l);
    return () => {
      this.listeners.delete(l);
    };
  };
}

/**
 * Whose history: the server and the user signed in to it (user names compare without case). The
 * tab outlives a sign-out, so the next user to sign in here must not see what this one sent.
 */
export function eventHistoryOwner(baseUrl: string, userName: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '').toLowerCase()}|${userName.trim().toLowerCase()}`;
}

/** The stores of the owners seen in this tab, each under its own storage key. */
export class EventHistories {
  private stores = new Map<string, EventHistoryStore>();
  constructor(private readonly storage: HistoryStorage | null) {
    try {
      // A history from before histories had owners: nobody can tell whose it is.
      storage?.removeItem(KEY);
    } catch {
      // Storage disabled: nothing was kept either.
    }
  }
  for(owner: string): EventHistoryStore {
    let store = this.stores.get(owner);
    if (!store) {
      store = new EventHistoryStore(this.storage, `${KEY}.${encodeURIComponent(owner)}`);
      this.stores.set(owner, store);
    }
    return store;
  }
}

export const eventHistories = new EventHistories(
  typeof sessionStorage === 'undefined' ? null : sessionStorage,
);
