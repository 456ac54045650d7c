import { useCallback, useState } from 'react';
import { useConnection } from '../../../app/auth/useConnection.ts';
import { editorDraftOwner } from '../../../app/drafts/editorDraft.ts';
import { readRecentFlows, withRecentFlow, type RecentFlow } from '../logic/recentFlows.ts';
import { localStore } from '../../../app/storage/localStore.ts';

/** Where one user's recently opened flows on one server are kept in this browser. */
const storageKey = (owner: string) => `flowdesk.workflows.recent.${encodeURIComponent(owner)}`;

/**
 * The flows the signed-in user opened recently in this browser, newest first, and a way to add
 * one. Only ids and names: a server that does not list flows is offered them to open again.
 */
export function useRecentFlows(): {
  recent: RecentFlow[];
  remember: (flow: RecentFlow) => void;
} {
  const connection = useConnection();
  const key = connection
    ? storageKey(
        editorDraftOwner(connection.baseUrl, connection.userName || connection.displayName),
      )
    : null;
  const [recent, setRecent] = useState(() =>
    key === null ? [] : readRecentFlows(localStore()?.getItem(key) ?? null),
  );
  const remember = useCallback(
    (flow: RecentFlow) => {
      const s = localStore();
      if (key === null || s === null) return;
      const next = withRecentFlow(readRecentFlows(s.getItem(key)), flow);
      try {
        s.setItem(key, JSON.stringify(next));
      } catch {
        // Storage full: the list is a convenience, opening the flow goes on.
      }
      setRecent(next);
    },
    [key],
  );
  return { recent, remember };
}
