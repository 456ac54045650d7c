import { connectionSchema, type Connection } from './connection.ts';
import { CONNECTION_STORAGE_KEY as KEY } from './storageKey.ts';

type Listener = (c: Connection | null) => void;

/**
 * The signed-in connection. Credentials stay in memory, and in sessionStorage only when the
 * user chose to stay signed in for this tab; never in localStorage.
 */
class ConnectionStore {
  private current: Connection | null = null;
  private listeners = new Set<Listener>();

  constructor() {
    this.current = this.load();
  }

  private load(): Connection | null {
    if (typeof sessionStorage === 'undefined') return null;
    try {
      const raw = sessionStorage.getItem(KEY);
      if (!raw) return null;
      const parsed = connectionSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  get(): Connection | null {
    return this.current;
  }

  set(c: Connection | null): void {
    this.current = c;
    try {
      if (c && c.rememberInTab) sessionStorage.setItem(KEY, JSON.stringify(c));
      else sessionStorage.removeItem(KEY);
    } catch {
      // Storage may be disabled (private mode); memory is enough.
    }
    for (const l of this.listeners) l(c);
  }

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

export const connectionStore = new ConnectionStore();
