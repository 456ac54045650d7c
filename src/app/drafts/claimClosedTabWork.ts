import { adoptClosedTabWork } from './adoptClosedTabWork.ts';
import type { TabIdentity } from './tabIdentity.ts';
import type { TabSnapshot } from './tabSnapshot.ts';

/**
 * Takes on a closed tab's work for the editor at `address` (adoptClosedTabWork), as the targets
 * grid does its drafts: under the tab's claim for the editor and owner, so of two tabs opening it
 * at the same moment only one takes it. The open tabs are asked under the claim, not before it: a
 * tab that took the work just before holds its tab lock by then, so its work is not taken again
 * as a closed tab's; and a draft a tab took is marked so (markTaken) before the claim is let go,
 * as the next tab's copy of localStorage may still show it where it was. Gives the tab as it was
 * then, for the editor.
 */
export function claimClosedTabWork(
  identity: TabIdentity,
  storage: Storage | null,
  address: string,
  owner: string,
): Promise<TabSnapshot> {
  return identity.claim(`editor.${owner}.${address}`, async () => {
    const tab: TabSnapshot = { id: identity.id, live: await identity.liveTabs() };
    // This tab's copy of localStorage may not show yet what the tab that claimed before took.
    const took = adoptClosedTabWork(storage, address, owner, tab, await identity.taken());
    if (took) await identity.markTaken(took);
    return tab;
  });
}
