import { useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useConnection } from '../auth/useConnection.ts';
import { localStore } from '../storage/localStore.ts';
import { claimClosedTabWork } from './claimClosedTabWork.ts';
import { editorDraftOwner } from './editorDraft.ts';
import { tabIdentity } from './tabIdentity.ts';
import { TabSnapshotContext, type TabSnapshot } from './tabSnapshot.ts';

/**
 * Shows `children` once this tab knows which it is and which other tabs are open (asked afresh
 * for each address shown), `fallback` until then: an editor that keeps its draft per tab reads
 * it, and what was under way from it, as it first renders. Before that, a closed tab's work at
 * this address is taken on, under the tab's claim (claimClosedTabWork): of two tabs opening the
 * editor at the same moment, only one gets it.
 */
export function WhenTabKnown({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const { pathname, search } = useLocation();
  const address = pathname + search;
  const connection = useConnection();
  const owner = connection
    ? editorDraftOwner(connection.baseUrl, connection.userName || connection.displayName)
    : null;
  const subject = `${owner ?? ''} ${address}`;
  const [known, setKnown] = useState<{ subject: string; tab: TabSnapshot } | null>(null);
  useEffect(() => {
    let gone = false;
    void (async () => {
      const identity = await tabIdentity();
      const tab = owner
        ? await claimClosedTabWork(identity, localStore(), address, owner)
        : { id: identity.id, live: await identity.liveTabs() };
      if (!gone) setKnown({ subject, tab });
    })();
    return () => {
      gone = true;
    };
  }, [address, owner, subject]);
  if (known?.subject !== subject) return fallback;
  return <TabSnapshotContext.Provider value={known.tab}>{children}</TabSnapshotContext.Provider>;
}
