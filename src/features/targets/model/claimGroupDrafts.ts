import type { TabIdentity } from '../../../app/drafts/tabIdentity.ts';
import { takeUnderClaim } from '../../../app/drafts/takeUnderClaim.ts';
import { draftKey } from './draft.ts';
import {
  draftsToRestore,
  groupDraftKeys,
  tabDraftKey,
  type GroupDraftKey,
} from './tabDraftKeys.ts';

/** The drafts of a group a tab found as it opened it: its own, and closed tabs' to take on. */
export interface GroupDraftsFound {
  /** Where this tab keeps its draft of the group. */
  readonly ownKey: string;
  readonly own: GroupDraftKey | null;
  readonly orphans: readonly GroupDraftKey[];
}

/**
 * This tab's draft key: per tab, or, where no tab can tell a closed tab's draft from a live one's
 * (no Web Locks, and no storage for leases: tabIdentity), per group and user, as before drafts
 * were kept per tab (a tab's save removes it).
 */
export function ownDraftKey(
  groupId: number,
  owner: string,
  tabId: string,
  live: ReadonlySet<string> | null,
): string {
  return live === null ? draftKey(groupId, owner) : tabDraftKey(groupId, owner, tabId);
}

function keysOf(storage: Storage | null): string[] {
  const keys: string[] = [];
  try {
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key) keys.push(key);
    }
  } catch {
    // Storage is off: no drafts.
  }
  return keys;
}

function textOf(storage: Storage | null, key: string): string {
  try {
    return storage?.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/**
 * Finds the drafts this tab restores as it opens the group, and lets `take` restore them, under
 * the tab's claim for the group and owner (takeUnderClaim): of two tabs opening it together only
 * one takes a closed tab's draft, a tab that opened meanwhile counts as open, and a draft another
 * open tab took is left alone though this tab's copy of localStorage may still show it (a later
 * draft under its key, of the closed tab reopened, is not). `take` gives the keys it took on.
 */
export function claimGroupDrafts(
  identity: TabIdentity,
  storage: Storage | null,
  groupId: number,
  owner: string,
  take: (found: GroupDraftsFound) => readonly string[],
): Promise<void> {
  return takeUnderClaim(identity, storage, `targets.${groupId}.${owner}`, ({ id, live }, taken) => {
    const ownKey = ownDraftKey(groupId, owner, id, live);
    const found = groupDraftKeys(keysOf(storage), groupId, owner).filter((d) => !taken.has(d.key));
    const { own, orphans } =
      live === null
        ? { own: found.find((d) => d.key === ownKey) ?? null, orphans: [] }
        : draftsToRestore(found, id, live);
    // Their text as taken, for the mark (`take` removes them once this tab's draft holds them).
    const texts = new Map(orphans.map((d) => [d.key, textOf(storage, d.key)]));
    const took = take({ ownKey, own, orphans });
    return { value: undefined, took: took.map((key) => ({ key, text: texts.get(key) ?? '' })) };
  });
}
