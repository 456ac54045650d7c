import { useSyncExternalStore } from 'react';
import { connectionStore } from '../../api/session/connectionStore.ts';

const subscribe = (cb: () => void) => connectionStore.subscribe(cb);
const snapshot = () => connectionStore.get();

/** The signed-in connection, or null; re-renders on sign-in and sign-out. */
export function useConnection() {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
