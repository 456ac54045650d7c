import { fakeLockRequest, lockInfo } from './lockRequest.ts';

/**
 * Web Locks shared by several pages of one browser, for unit tests (jsdom has none): exclusive,
 * granted in turn as the holder lets go, as a browser does across its tabs. `manager(client)` is
 * one page's navigator.locks.
 */
export interface SharedLocks {
  manager(client: string): LockManager;
}

interface Waiting {
  readonly name: string;
  readonly client: string;
  readonly grant: () => void;
}

export function sharedLocks(): SharedLocks {
  const held = new Map<string, string>();
  const waiting: Waiting[] = [];
  const release = (name: string) => {
    held.delete(name);
    const next = waiting.findIndex((w) => w.name === name);
    if (next < 0) return;
    const [w] = waiting.splice(next, 1);
    held.set(name, w!.client);
    w!.grant();
  };
  const manager = (client: string): LockManager => ({
    request: fakeLockRequest(async (name, options, callback) => {
      if (held.has(name)) {
        if (options.ifAvailable) return callback(null);
        await new Promise<void>((grant, refuse) => {
          const entry = { name, client, grant };
          waiting.push(entry);
          options.signal?.addEventListener('abort', () => {
            waiting.splice(waiting.indexOf(entry), 1);
            refuse(new DOMException('The lock request was aborted.', 'AbortError'));
          });
        });
      }
      held.set(name, client);
      try {
        return await callback({ name, mode: 'exclusive' });
      } finally {
        release(name);
      }
    }),
    query: async () => ({
      held: [...held].map(([name, c]) => lockInfo(name, c)),
      pending: waiting.map((w) => lockInfo(w.name, w.client)),
    }),
  });
  return { manager };
}
