import { adoptClosedTabWork } from './adoptClosedTabWork.ts';
import type { TabIdentity } from './tabIdentity.ts';
import type { TabSnapshot } from './tabSnapshot.ts';
import { takeUnderClaim } from './takeUnderClaim.ts';

/**
 * Takes on a closed tab's work for the editor at `address` (adoptClosedTabWork), as the targets
 * grid does its drafts: under the tab's claim for the editor and owner (takeUnderClaim), so of
 * two tabs opening it at the same moment only one takes it, and a draft another open tab took is
 * not taken again. Gives the tab as it was then, for the editor.
 */
export function claimClosedTabWork(
  identity: TabIdentity,
  storage: Storage | null,
  address: string,
  owner: string,
): Promise<TabSnapshot> {
  return takeUnderClaim(identity, storage, `editor.${owner}.${address}`, (tab, taken) => {
    const took = adoptClosedTabWork(storage, address, owner, tab, taken);
    return { value: tab, took: took ? [took] : [] };
  });
}
