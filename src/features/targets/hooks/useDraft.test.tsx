import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Edits, TargetGroupLike } from '../model/types.ts';
import { tabIdentity } from '../../../app/drafts/tabIdentity.ts';
import { useDraft } from './useDraft.ts';

const group: TargetGroupLike = {
  TargetGroupId: 7,
  TargetAssignments: [{ TargetAssignmentInfoId: 1, Values: [1, 2], Locked: false }],
};
const one: Edits = new Map([[1, { values: [9, 2], locked: false }]]);
const two: Edits = new Map([[1, { values: [9, 3], locked: false }]]);

/** The hook as the workspace uses it, with the edits as a prop, once it knows its tab. */
async function renderDraft(edits: Edits) {
  const hook = renderHook(({ e }) => useDraft(group, e, () => 0, 'owner'), {
    initialProps: { e: edits },
  });
  await settle();
  return hook;
}

/** Lets the hook learn which tab it is in, and restore (tabIdentity answers asynchronously). */
const settle = () =>
  act(async () => {
    for (let i = 0; i < 100; i++) await Promise.resolve();
  });

describe('useDraft with a browser that does not store the draft', () => {
  beforeEach(async () => {
    // Known before storage is made to fail: the tab's id is kept in sessionStorage.
    await tabIdentity();
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('says once that the edits are not kept, and editing goes on', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { result, rerender } = await renderDraft(new Map());
    expect(result.current.notKept).toBe(false);
    rerender({ e: one });
    // The write comes shortly after the change; it must not throw out of the timer.
    expect(() => act(() => vi.advanceTimersByTime(300))).not.toThrow();
    expect(setItem).toHaveBeenCalled();
    expect(result.current.notKept).toBe(true);
    act(() => result.current.dismissNotKept());
    expect(result.current.notKept).toBe(false);
    // Once: the next failed write does not bring it back.
    rerender({ e: two });
    act(() => vi.advanceTimersByTime(300));
    expect(setItem).toHaveBeenCalledTimes(2);
    expect(result.current.notKept).toBe(false);
  });

  it('does not leave an older draft behind to come back after a reload', async () => {
    const { rerender } = await renderDraft(new Map());
    rerender({ e: one });
    act(() => vi.advanceTimersByTime(300));
    const key = Object.keys(localStorage).find((k) => k.startsWith('flowdesk.targets.draft.7'));
    expect(key).toBeDefined();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    rerender({ e: two });
    act(() => vi.advanceTimersByTime(300));
    expect(localStorage.getItem(key!)).toBeNull();
  });

  it('also when the page is left (the write at once) and when storage cannot be read', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { rerender, unmount } = await renderDraft(new Map());
    rerender({ e: one });
    expect(() => window.dispatchEvent(new Event('pagehide'))).not.toThrow();
    expect(() => unmount()).not.toThrow();
  });
});

describe('useDraft while a save is under way', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('says so in the draft at once, so a page left meanwhile knows the changes may be saved', async () => {
    const { result, rerender } = await renderDraft(new Map());
    rerender({ e: one });
    act(() => vi.advanceTimersByTime(300));
    const key = Object.keys(localStorage).find((k) => k.startsWith('flowdesk.targets.draft.7'))!;
    expect(JSON.parse(localStorage.getItem(key)!).saving).toBeUndefined();
    act(() => result.current.markSaving('2026-11-23T10:00:00.000Z'));
    expect(JSON.parse(localStorage.getItem(key)!).saving).toBe('2026-11-23T10:00:00.000Z');
    // The save failed: the draft is as before.
    act(() => result.current.markSaving(null));
    expect(JSON.parse(localStorage.getItem(key)!).saving).toBeUndefined();
  });

  it('restores a draft left during a save with that said', async () => {
    const first = await renderDraft(new Map());
    first.rerender({ e: one });
    act(() => vi.advanceTimersByTime(300));
    act(() => first.result.current.markSaving('2026-11-23T10:00:00.000Z'));
    // The page is loaded again (the first one is not unmounted: signed out, that drops the draft).
    const again = renderHook(() => useDraft(group, new Map(), () => 1, 'owner'));
    await settle();
    expect(again.result.current.notice).toMatchObject({
      count: 1,
      savingSince: '2026-11-23T10:00:00.000Z',
    });
  });

  it('drops the mark on the first edit after a save that got no answer', async () => {
    const { result, rerender } = await renderDraft(new Map());
    rerender({ e: one });
    act(() => vi.advanceTimersByTime(300));
    const key = Object.keys(localStorage).find((k) => k.startsWith('flowdesk.targets.draft.7'))!;
    act(() => result.current.markSaving('2026-11-23T10:00:00.000Z'));
    act(() => result.current.markUnanswered());
    // Until the planner edits again, the draft says the changes may have been saved.
    act(() => vi.advanceTimersByTime(300));
    expect(JSON.parse(localStorage.getItem(key)!).saving).toBe('2026-11-23T10:00:00.000Z');
    rerender({ e: two });
    act(() => vi.advanceTimersByTime(300));
    expect(JSON.parse(localStorage.getItem(key)!).saving).toBeUndefined();
  });
});
