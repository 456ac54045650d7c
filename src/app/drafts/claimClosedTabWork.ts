import { adoptClosedTabWork } from './adoptClosedTabWork.ts';
import type { TabIdentity } from './tabIdentity.ts';
import type { TabSnapshot } from './tabSnapshot.ts';

/**
 * Takes on a closed tab's work for the editor at `address` (adoptClosedTabWork), as the targets
 * grid does its drafts: under the tab's claim for the editor and owner, so of two tabs opening it
 * at the same moment only one takes it. The open tabs are asked under the claim, not before it: a
 * tab that took the work just before holds its tab lock by then, so its work is not taken again
 * as a closed tab's. Gives the tab as it was then, for the editor.
 */
export function claimClosedTabWork(
  identity: TabIdentity,
  storage: Storage | null,
  address: string,
  owner: string,
): Promise<TabSnapshot> {
  return identity.claim(`editor.${owner}.${address}`, async () => {
    const tab: TabSnapshot = { id: identity.id, live: await identity.liveTabs() };
    adoptClosedTabWork(storage, address, owner, tab);
    return tab;
  });
}
