import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Edits, TargetGroupLike } from '../model/types.ts';
import { fakeLocks } from '../../../test/fakeLocks.ts';
import { sharedLocks } from '../../../test/sharedLocks.ts';

const group: TargetGroupLike = {
  TargetGroupId: 7,
  TargetAssignments: [{ TargetAssignmentInfoId: 1, Values: [1, 2], Locked: false }],
};
const one: Edits = new Map([[1, { values: [9, 2], locked: false }]]);

/** Lets the hook learn which tab it is in, and restore (tabIdentity answers asynchronously). */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 100; i++) await Promise.resolve();
  });

/**
 * A new tab of the same browser: the same localStorage, its own sessionStorage and page (the
 * modules loaded again), with Web Locks (each tab's own view of them) or without; or a tab
 * reloaded (`reloadOf`, its id).
 */
async function openTab(locks: LockManager | null, reloadOf?: string | null) {
  sessionStorage.clear();
  // A reload: the same tab, whose id sessionStorage keeps.
  if (reloadOf) sessionStorage.setItem('flowdesk.tabId', reloadOf);
  vi.stubGlobal('navigator', locks ? { ...navigator, locks } : { ...navigator, locks: undefined });
  vi.resetModules();
  const { useDraft } = await import('./useDraft.ts');
  const hook = renderHook(({ e }) => useDraft(group, e, () => e.size || 1, 'owner'), {
    initialProps: { e: new Map() as Edits },
  });
  await settle();
  return { ...hook, tabId: sessionStorage.getItem('flowdesk.tabId') };
}

/** Types an edit and lets the draft be written (shortly after the change). */
function edit(tab: Awaited<ReturnType<typeof openTab>>, edits: Edits) {
  tab.rerender({ e: edits });
  act(() => vi.advanceTimersByTime(300));
}

const draftKeys = () =>
  Object.keys(localStorage).filter((k) => k.startsWith('flowdesk.targets.draft.7'));

describe('useDraft across tabs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('without Web Locks, offers the draft of a tab closed without saving in the next tab', async () => {
    const closed = await openTab(null);
    edit(closed, one);
    // Still open (its lease fresh): another tab leaves its draft alone.
    const other = await openTab(null);
    expect(other.result.current.notice).toBeNull();
    // The tabs are closed: their pages go and let their leases go; a moment later (not reloading)
    // they count as closed.
    window.dispatchEvent(new Event('pagehide'));
    act(() => vi.advanceTimersByTime(2_000));
    const next = await openTab(null);
    expect(next.result.current.notice).toMatchObject({ count: 1, fromClosedTab: true });
  });

  it('does not take the draft of a tab that is reloading (waiting for its lock)', async () => {
    const reloading = await openTab(fakeLocks());
    edit(reloading, one);
    const other = await openTab(fakeLocks({ pending: [`flowdesk.tab.${reloading.tabId}`] }));
    expect(other.result.current.notice).toBeNull();
    expect(draftKeys()).toEqual([`flowdesk.targets.draft.7~${reloading.tabId}.owner`]);
  });

  it('a closed tab’s draft taken on and undone to nothing does not come back in the next tab', async () => {
    const closed = await openTab(fakeLocks());
    edit(closed, one);
    const next = await openTab(fakeLocks());
    expect(next.result.current.notice).toMatchObject({ count: 1, fromClosedTab: true });
    // Undone to nothing (the edits prop empty again) before or after the first write.
    edit(next, new Map());
    expect(draftKeys()).toEqual([]);
    const third = await openTab(fakeLocks());
    expect(third.result.current.notice).toBeNull();
  });

  it('a cell a tab set back to the value loaded is not brought back by an older tab’s draft', async () => {
    const older = await openTab(fakeLocks());
    edit(older, new Map([[1, { values: [9, 2], locked: false }]]));
    // Open while the first tab is: it does not take its draft.
    const newer = await openTab(fakeLocks({ held: [`flowdesk.tab.${older.tabId}`] }));
    expect(newer.result.current.notice).toBeNull();
    edit(newer, new Map([[1, { values: [7, 2], locked: false }]]));
    // Set back, and another cell changed.
    edit(newer, new Map([[1, { values: [1, 5], locked: false }]]));
    // Both closed: the next tab takes both drafts, the newer one's word last.
    const next = await openTab(fakeLocks());
    expect(next.result.current.notice?.restored?.get(1)?.values).toEqual([1, 5]);
  });

  it('a tab that undid all its edits keeps its word on the cells it set back, over an older tab’s draft', async () => {
    const older = await openTab(fakeLocks());
    edit(older, new Map([[1, { values: [9, 2], locked: false }]]));
    // Open while the first tab is: it does not take its draft.
    const newer = await openTab(fakeLocks({ held: [`flowdesk.tab.${older.tabId}`] }));
    edit(newer, new Map([[1, { values: [7, 2], locked: false }]]));
    // Undone to nothing: back to the values loaded, the newer tab's latest word on the cell.
    edit(newer, new Map());
    // Both closed: the next tab takes both drafts, and nothing is left to restore or say.
    const next = await openTab(fakeLocks());
    expect(next.result.current.notice).toBeNull();
    expect(draftKeys()).toEqual([]);
  });

  it('keeps the word on the cells set back through a reload, and drops it on discard', async () => {
    const older = await openTab(fakeLocks());
    edit(older, new Map([[1, { values: [9, 2], locked: false }]]));
    const newer = await openTab(fakeLocks({ held: [`flowdesk.tab.${older.tabId}`] }));
    edit(newer, new Map([[1, { values: [7, 2], locked: false }]]));
    edit(newer, new Map());
    const newerKey = `flowdesk.targets.draft.7~${newer.tabId}.owner`;
    expect(JSON.parse(localStorage.getItem(newerKey)!)).toMatchObject({ edits: [] });
    // Reloaded (the same tab, the older one still open): the word is written again.
    const reloaded = await openTab(
      fakeLocks({ held: [`flowdesk.tab.${older.tabId}`] }),
      newer.tabId,
    );
    act(() => vi.advanceTimersByTime(300));
    expect(reloaded.result.current.notice).toBeNull();
    expect(JSON.parse(localStorage.getItem(newerKey)!)).toMatchObject({ reverted: [[1, 0]] });
    // Discarded (as a save does): no draft is left, also after the next write.
    act(() => reloaded.result.current.discardDraft());
    edit(reloaded, new Map());
    expect(localStorage.getItem(newerKey)).toBeNull();
  });

  it('marks a closed tab’s draft it took on as taken, so a tab whose storage still shows it leaves it', async () => {
    const closed = await openTab(fakeLocks());
    edit(closed, one);
    const [closedKey] = draftKeys();
    const closedDraft = localStorage.getItem(closedKey!)!;
    const locks = sharedLocks();
    const taker = await openTab(locks.manager('taker'));
    expect(taker.result.current.notice).toMatchObject({ count: 1, fromClosedTab: true });
    expect(localStorage.getItem(closedKey!)).toBeNull();
    // The next tab's copy of localStorage has not learned yet that the draft went.
    localStorage.setItem(closedKey!, closedDraft);
    const next = await openTab(locks.manager('next'));
    expect(next.result.current.notice).toBeNull();
  });
});
