import { useEffect, useState, type ReactNode } from 'react';
import { tabIdentity } from './tabIdentity.ts';
import { TabSnapshotContext, type TabSnapshot } from './tabSnapshot.ts';

/**
 * Shows `children` once this tab knows which it is and which other tabs are open (asked afresh
 * each time it is shown), `fallback` until then: an editor that keeps its draft per tab reads it,
 * and what was under way from it, as it first renders.
 */
export function WhenTabKnown({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const [tab, setTab] = useState<TabSnapshot | null>(null);
  useEffect(() => {
    let gone = false;
    void (async () => {
      const identity = await tabIdentity();
      const live = await identity.liveTabs();
      if (!gone) setTab({ id: identity.id, live });
    })();
    return () => {
      gone = true;
    };
  }, []);
  if (!tab) return fallback;
  return <TabSnapshotContext.Provider value={tab}>{children}</TabSnapshotContext.Provider>;
}
