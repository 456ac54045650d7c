import { useSyncExternalStore } from 'react';

/** One event sent from the console in this browser session, with what came back. */
export interface SentEvent {
  id: string;
  sentAt: string;
  eventType: string;
  attributes: string;
  select: string;
  /** `invalid`: the server answered with data that is not a WorkflowEventResult; `unknown`: no
   * answer came, so whether the event arrived is not known. */
  outcome: 'ok' | 'error' | 'invalid' | 'unknown';
  /** The result's EventType/Attributes, or the error message. */
  resultType?: string | null;
  resultAttributes?: string | null;
  error?: string;
}

const KEY = 'flowdesk.eventHistory';
const MAX = 50;
type Listener = () => void;

/** The session's history of sent events (sessionStorage: survives reloads, not the tab). */
export class EventHistoryStore {
  private items: SentEvent[];
  private listeners = new Set<Listener>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null,
  ) {
    this.items = this.load();
  }

  private load(): SentEvent[] {
    try {
      const raw = this.storage?.getItem(KEY);
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? (parsed as SentEvent[]) : [];
    } catch {
      return [];
    }
  }

  private commit(items: SentEvent[]) {
    this.items = items;
    try {
      if (items.length) this.storage?.setItem(KEY, JSON.stringify(items));
      else this.storage?.removeItem(KEY);
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

export const eventHistory = new EventHistoryStore(
  typeof sessionStorage === 'undefined' ? null : sessionStorage,
);

export const useEventHistory = () =>
  useSyncExternalStore(eventHistory.subscribe, eventHistory.getSnapshot);
