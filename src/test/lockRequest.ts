/** What a lock request calls once the lock is granted (null: it was not available). */
export type LockGrantedCallback = (lock: Lock | null) => unknown;

/**
 * A fake LockManager.request from `grant`, which is given the request's arguments as the browser
 * reads them: request(name, callback) or request(name, options, callback).
 */
export function fakeLockRequest(
  grant: (name: string, options: LockOptions, callback: LockGrantedCallback) => Promise<unknown>,
): LockManager['request'] {
  return ((
    name: string,
    optionsOrCallback: LockOptions | LockGrantedCallback,
    last?: LockGrantedCallback,
  ) =>
    typeof optionsOrCallback === 'function'
      ? grant(name, {}, optionsOrCallback)
      : grant(name, optionsOrCallback, last!)) as LockManager['request'];
}

/** An exclusive lock `name` held (or asked for) by the page `clientId`, as query() lists it. */
export function lockInfo(name: string, clientId: string): LockInfo {
  return { name, mode: 'exclusive', clientId };
}
