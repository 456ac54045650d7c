import { fakeLockRequest, lockInfo } from './lockRequest.ts';

/**
 * Web Locks for unit tests (jsdom has none): the locks this page takes are granted at once unless
 * held; `others` are the locks other tabs hold or wait for.
 */
export function fakeLocks(others: { held?: string[]; pending?: string[] } = {}): LockManager {
  const mine = new Set<string>();
  return {
    request: fakeLockRequest(async (name, options, callback) => {
      const free = !mine.has(name) && !(others.held ?? []).includes(name);
      if (free) mine.add(name);
      return callback(free ? { name, mode: options.mode ?? 'exclusive' } : null);
    }),
    query: async () => ({
      held: [...mine, ...(others.held ?? [])].map((name) => lockInfo(name, 'x')),
      pending: (others.pending ?? []).map((name) => lockInfo(name, 'x')),
    }),
  };
}
