import { useSyncExternalStore } from 'react';
import { useConnection } from '../../app/auth/useConnection.ts';
import { eventHistories, eventHistoryOwner } from './eventHistory.ts';

/** The signed-in user's history of sent events (the store, to add to, and its items). */
export function useOwnEventHistory() {
  const connection = useConnection();
  const store = eventHistories.for(
    eventHistoryOwner(
      connection?.baseUrl ?? '',
      connection ? connection.userName || connection.displayName : '',
    ),
  );
  const items = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, items };
}
