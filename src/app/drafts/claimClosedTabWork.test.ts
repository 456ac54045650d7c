import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimClosedTabWork } from './claimClosedTabWork.ts';
import { editorDraftOwner, readEditorDraft, serializeEditorDraft } from './editorDraft.ts';
import { editorTabDraftKey } from './editorTabDrafts.ts';
import type { TabIdentity } from './tabIdentity.ts';
import { sharedLocks, type SharedLocks } from '../../test/sharedLocks.ts';

const owner = editorDraftOwner('http://127.0.0.1:4471', 'admin');
const address = '/workflows/1/options/4';
const keyOf = (tab: string) => editorTabDraftKey(address, owner, tab);
const isNamed = (v: unknown): v is { Name: string } => typeof v === 'object' && v !== null;
const nameIn = (key: string) =>
  readEditorDraft(localStorage.getItem(key) ?? '', 'base', isNamed)?.values.Name;

/**
 * A new tab of the browser whose locks are `locks` (none: undefined): its own session, its tab
 * lock (or lease) held.
 */
async function openTab(locks: SharedLocks | undefined, client: string): Promise<TabIdentity> {
  sessionStorage.clear();
  vi.stubGlobal('navigator', { ...navigator, locks: locks?.manager(client) });
  vi.resetModules();
  const { tabIdentity } = await import('./tabIdentity.ts');
  return tabIdentity();
}

afterEach(() => {
  vi.unstubAllGlobals();
  localStorage.clear();
  sessionStorage.clear();
});

describe('claimClosedTabWork', () => {
  it("lets one of two tabs opening the editor together take a closed tab's draft", async () => {
    const locks = sharedLocks();
    localStorage.setItem(keyOf('closed'), serializeEditorDraft('base', { Name: 'Closed' }));
    const a = await openTab(locks, 'a');
    const b = await openTab(locks, 'b');
    await Promise.all([
      claimClosedTabWork(a, localStorage, address, owner),
      claimClosedTabWork(b, localStorage, address, owner),
    ]);
    const taken = [nameIn(keyOf(a.id)), nameIn(keyOf(b.id))];
    expect(taken.filter((n) => n === 'Closed')).toHaveLength(1);
    expect(taken.filter((n) => n === undefined)).toHaveLength(1);
    expect(localStorage.getItem(keyOf('closed'))).toBeNull();
  });

  it('does not take the work another tab took after this tab last asked which tabs are open', async () => {
    const locks = sharedLocks();
    localStorage.setItem(keyOf('closed'), serializeEditorDraft('base', { Name: 'Closed' }));
    const b = await openTab(locks, 'b');
    // B learned the open tabs before A opened (as it does while it shows the page).
    expect([...((await b.liveTabs()) ?? [])]).toEqual([b.id]);
    const a = await openTab(locks, 'a');
    await claimClosedTabWork(a, localStorage, address, owner);
    expect(nameIn(keyOf(a.id))).toBe('Closed');

    const tab = await claimClosedTabWork(b, localStorage, address, owner);
    expect(tab.live).toEqual(new Set([a.id, b.id]));
    expect(nameIn(keyOf(a.id))).toBe('Closed');
    expect(localStorage.getItem(keyOf(b.id))).toBeNull();
  });

  it("does not take a draft another tab took, where this tab's storage does not show it yet", async () => {
    const locks = sharedLocks();
    const draft = serializeEditorDraft('base', { Name: 'Closed' });
    localStorage.setItem(keyOf('closed'), draft);
    // B's copy of localStorage lags behind A's writes (each tab's copy is updated a moment later).
    const lagging = new Map([[keyOf('closed'), draft]]);
    const bStorage = {
      get length() {
        return lagging.size;
      },
      key: (i: number) => [...lagging.keys()][i] ?? null,
      getItem: (k: string) => lagging.get(k) ?? null,
      setItem: (k: string, v: string) => void lagging.set(k, v),
      removeItem: (k: string) => void lagging.delete(k),
      clear: () => lagging.clear(),
    } satisfies Storage;
    const a = await openTab(locks, 'a');
    const b = await openTab(locks, 'b');
    await claimClosedTabWork(a, localStorage, address, owner);
    expect(nameIn(keyOf(a.id))).toBe('Closed');
    await claimClosedTabWork(b, bStorage, address, owner);
    expect(lagging.has(keyOf(b.id))).toBe(false);
  });

  it('takes a later draft a reopened tab left under the key of the draft another tab took', async () => {
    const locks = sharedLocks();
    localStorage.setItem(
      keyOf('closed'),
      serializeEditorDraft('base', { Name: 'Closed' }, new Date('2026-01-01T10:00:00Z')),
    );
    const a = await openTab(locks, 'a');
    await claimClosedTabWork(a, localStorage, address, owner);
    expect(nameIn(keyOf(a.id))).toBe('Closed');
    // The closed tab is reopened (Ctrl+Shift+T: its sessionStorage, so its id, is back), edited
    // and closed again, while A, which took its first draft, is still open.
    localStorage.setItem(
      keyOf('closed'),
      serializeEditorDraft('base', { Name: 'Reopened' }, new Date('2026-01-01T11:00:00Z')),
    );
    const b = await openTab(locks, 'b');
    await claimClosedTabWork(b, localStorage, address, owner);
    expect(nameIn(keyOf(b.id))).toBe('Reopened');
    expect(localStorage.getItem(keyOf('closed'))).toBeNull();
  });

  it('takes the work under the claim for the editor and owner', async () => {
    const locks = sharedLocks();
    const tab = await openTab(locks, 'a');
    const claim = vi.spyOn(tab, 'claim');
    await claimClosedTabWork(tab, localStorage, address, owner);
    expect(claim).toHaveBeenCalledWith(`editor.${owner}.${address}`, expect.any(Function));
  });

  it("without Web Locks, takes the draft of a tab whose lease was let go, not an open tab's", async () => {
    const lease = (tab: string, at: number, gone = false) =>
      localStorage.setItem(`flowdesk.tabLease.${tab}`, JSON.stringify({ page: tab, at, gone }));
    lease('closed', Date.now() - 10_000, true);
    lease('open', Date.now() - 10_000);
    localStorage.setItem(keyOf('closed'), serializeEditorDraft('base', { Name: 'Closed' }));
    localStorage.setItem(keyOf('open'), serializeEditorDraft('base', { Name: 'Open' }));
    const tab = await openTab(undefined, 'me');
    await claimClosedTabWork(tab, localStorage, address, owner);
    expect(nameIn(keyOf(tab.id))).toBe('Closed');
    expect(nameIn(keyOf('open'))).toBe('Open');
  });
});
