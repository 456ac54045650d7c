/**
 * Web Locks for unit tests (jsdom has none): the locks this page takes are granted at once unless
 * held; `others` are the locks other tabs hold or wait for.
 */
export function fakeLocks(others: { held?: string[]; pending?: string[] } = {}): LockManager {
  const mine = new Set<string>();
  const asInfo = (name: string): LockInfo => ({ name, mode: 'exclusive', clientId: 'x' });
  return {
    request: (async (
      name: string,
      optionsOrCallback: LockOptions | ((lock: Lock | null) => unknown),
      last?: (lock: Lock | null) => unknown,
    ) => {
      const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
      const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : last!;
      const free = !mine.has(name) && !(others.held ?? []).includes(name);
      if (free) mine.add(name);
      return callback(free ? { name, mode: options.mode ?? 'exclusive' } : null);
    }) as LockManager['request'],
    query: async () => ({
      held: [...mine, ...(others.held ?? [])].map(asInfo),
      pending: (others.pending ?? []).map(asInfo),
    }),
  };
}
