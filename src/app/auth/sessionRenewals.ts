import { useSyncExternalStore } from 'react';

/**
 * How many times the session was renewed in place (signed in again from the session-expired
 * dialog) since the app loaded. A banner written when a save met an expired session keeps the
 * count of that moment; once the count is higher, it can say the user is signed in again.
 */
let renewals = 0;
const listeners = new Set<() => void>();

export const sessionRenewals = () => renewals;

/**
 * Whether the user has signed in again since a failure met an expired session: `at` is the count
 * (sessionRenewals) when it was met, `now` the count now.
 */
export const renewedSince = (at: number, now: number) => now > at;

export function noteSessionRenewed(): void {
  renewals++;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
};

/** The renewal count; re-renders when the session is renewed. */
export const useSessionRenewals = () =>
  useSyncExternalStore(subscribe, sessionRenewals, sessionRenewals);
