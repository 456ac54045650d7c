import type { TabIdentity } from './tabIdentity.ts';
import type { TabSnapshot } from './tabSnapshot.ts';
import { takenKeys, takenMark, type TakenDraft } from './takenMark.ts';

/**
 * Runs `take`, which takes on drafts of closed tabs, under the tab's claim `name`, so of two tabs
 * doing it at the same moment only one takes a draft. `take` is given the tab with the open tabs
 * asked under the claim, not before it: a tab that took a draft just before holds its tab lock by
 * then, so its draft is not taken again as a closed tab's. It is also given the keys of the
 * drafts open tabs took (taken), to leave alone: each tab has its own copy of localStorage
 * (`storage`), which learns another tab's writes a moment later, so a draft just taken may still
 * show where it was. What `take` took it gives back, with the text it took, and is marked so
 * (markTaken, takenMark: a later draft under the same key is not covered) before the claim is
 * let go.
 */
export function takeUnderClaim<T>(
  identity: TabIdentity,
  storage: Storage | null,
  name: string,
  take: (
    tab: TabSnapshot,
    taken: ReadonlySet<string>,
  ) => { readonly value: T; readonly took: readonly TakenDraft[] },
): Promise<T> {
  return identity.claim(name, async () => {
    const tab: TabSnapshot = { id: identity.id, live: await identity.liveTabs() };
    const { value, took } = take(tab, takenKeys(await identity.taken(), storage));
    for (const draft of took) await identity.markTaken(takenMark(draft));
    return value;
  });
}
