import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimGroupDrafts, type GroupDraftsFound } from './claimGroupDrafts.ts';
import { tabDraftKey } from './tabDraftKeys.ts';
import type { TabIdentity } from '../../../app/drafts/tabIdentity.ts';
import { sharedLocks, type SharedLocks } from '../../../test/sharedLocks.ts';

const groupId = 7;
const owner = 'owner';
const keyOf = (tab: string) => tabDraftKey(groupId, owner, tab);

/**
 * A new tab of the browser whose locks are `locks`: its own session (with the id `reopened` had,
 * for a closed tab reopened), its tab lock held.
 */
async function openTab(
  locks: SharedLocks,
  client: string,
  reopened?: string,
): Promise<TabIdentity> {
  sessionStorage.clear();
  if (reopened) sessionStorage.setItem('flowdesk.tabId', reopened);
  vi.stubGlobal('navigator', { ...navigator, locks: locks.manager(client) });
  vi.resetModules();
  const { tabIdentity } = await import('../../../app/drafts/tabIdentity.ts');
  return tabIdentity();
}

/**
 * Opens the group as useDraft does: takes on the closed tabs' drafts it is given, writing its own
 * draft to `storage` and removing theirs. Gives the keys of the closed tabs' drafts it took.
 */
async function open(tab: TabIdentity, storage: Storage): Promise<string[]> {
  let taken: string[] = [];
  await claimGroupDrafts(tab, storage, groupId, owner, ({ ownKey, orphans }: GroupDraftsFound) => {
    taken = orphans.map((d) => d.key);
    if (taken.length > 0) storage.setItem(ownKey, 'edits taken on');
    for (const k of taken) storage.removeItem(k);
    return taken;
  });
  return taken;
}

/** A tab's copy of localStorage that has not yet learned the other tabs' writes since `keys`. */
function laggingCopy(keys: readonly string[]): Storage {
  const copy = new Map(keys.map((k) => [k, localStorage.getItem(k) ?? '']));
  return {
    get length() {
      return copy.size;
    },
    key: (i: number) => [...copy.keys()][i] ?? null,
    getItem: (k: string) => copy.get(k) ?? null,
    setItem: (k: string, v: string) => void copy.set(k, v),
    removeItem: (k: string) => void copy.delete(k),
    clear: () => copy.clear(),
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  sessionStorage.clear();
});

describe('claimGroupDrafts', () => {
  it("does not take a closed tab's draft another tab took, where this tab's storage still shows it", async () => {
    const locks = sharedLocks();
    localStorage.setItem(keyOf('closed'), 'closed edits');
    const a = await openTab(locks, 'a');
    const b = await openTab(locks, 'b');
    const bStorage = laggingCopy([keyOf('closed')]);
    expect(await open(a, localStorage)).toEqual([keyOf('closed')]);
    // B is given the claim as A lets it go; its copy of localStorage does not show A's writes yet.
    expect(await open(b, bStorage)).toEqual([]);
  });

  it('does not take the draft of a tab that opened the group after this tab asked which are open', async () => {
    const locks = sharedLocks();
    localStorage.setItem(keyOf('closed'), 'closed edits');
    const b = await openTab(locks, 'b');
    // B starts opening the group, and gets its claim only after A, opened meanwhile, took the
    // closed tab's draft (A's own draft now holds those edits).
    let claiming = () => {};
    const claimed = new Promise<void>((r) => (claiming = r));
    let letGo = () => {};
    const aDone = new Promise<void>((r) => (letGo = r));
    const late: TabIdentity = {
      ...b,
      claim: async (name, take) => {
        claiming();
        await aDone;
        return b.claim(name, take);
      },
    };
    const bTook = open(late, localStorage);
    await claimed;
    const a = await openTab(locks, 'a');
    expect(await open(a, localStorage)).toEqual([keyOf('closed')]);
    letGo();
    expect(await bTook).toEqual([]);
    expect(localStorage.getItem(keyOf(a.id))).toBe('edits taken on');
  });

  it('takes a later draft a reopened tab left under the key of the draft another tab took', async () => {
    const locks = sharedLocks();
    localStorage.setItem(keyOf('closed'), 'closed edits');
    const a = await openTab(locks, 'a');
    expect(await open(a, localStorage)).toEqual([keyOf('closed')]);
    // The closed tab is reopened (Ctrl+Shift+T: its sessionStorage, so its id, is back), edited
    // and closed again, while A, which took its first draft, is still open.
    localStorage.setItem(keyOf('closed'), 'later edits');
    const b = await openTab(locks, 'b');
    expect(await open(b, localStorage)).toEqual([keyOf('closed')]);
  });

  it('a reopened tab finds its own later draft, though another tab took its first one', async () => {
    const locks = sharedLocks();
    localStorage.setItem(keyOf('closed'), 'closed edits');
    const a = await openTab(locks, 'a');
    expect(await open(a, localStorage)).toEqual([keyOf('closed')]);
    // Reopened with its id back, the tab edits the group again, then reloads.
    const reopened = await openTab(locks, 'reopened', 'closed');
    expect(reopened.id).toBe('closed');
    const own = keyOf('closed');
    localStorage.setItem(own, 'later edits');
    let found: GroupDraftsFound | null = null;
    await claimGroupDrafts(reopened, localStorage, groupId, owner, (f) => {
      found = f;
      return [];
    });
    expect(found).toMatchObject({ own: { key: own } });
  });

  it('takes the drafts under the claim for the group and owner', async () => {
    const tab = await openTab(sharedLocks(), 'a');
    const claim = vi.spyOn(tab, 'claim');
    await open(tab, localStorage);
    expect(claim).toHaveBeenCalledWith(`targets.${groupId}.${owner}`, expect.any(Function));
  });
});
