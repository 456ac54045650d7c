import { tabIdentity } from './tabIdentity.ts';

/**
 * The other tabs of this browser that are open now (Web Locks, else fresh leases: tabIdentity);
 * none when that cannot be told. Their kept drafts are theirs: signing out here leaves them.
 */
export async function otherOpenTabs(): Promise<ReadonlySet<string>> {
  const identity = await tabIdentity();
  const live = await identity.liveTabs();
  return new Set([...(live ?? [])].filter((tab) => tab !== identity.id));
}
