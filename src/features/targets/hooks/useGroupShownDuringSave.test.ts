import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useGroupShownDuringSave, type ShownGroup } from './useGroupShownDuringSave.ts';

type Group = { TargetGroupId: number; values: number } | null;
const loaded = (id: number, values: number, updatedAt: number): ShownGroup<Group> => ({
  data: { TargetGroupId: id, values },
  updatedAt,
});

function setup(initial: ShownGroup<Group> | undefined) {
  return renderHook(
    ({ current, saving }: { current: ShownGroup<Group> | undefined; saving: boolean }) =>
      useGroupShownDuringSave(current, saving),
    { initialProps: { current: initial, saving: false } },
  );
}

describe('useGroupShownDuringSave', () => {
  it('shows each new load of the group when no save is under way', () => {
    const { result, rerender } = setup(loaded(1, 10, 100));
    rerender({ current: loaded(1, 11, 200), saving: false });
    expect(result.current).toEqual(loaded(1, 11, 200));
  });

  it('keeps the group as it was while a save is under way: a refetch landing then waits', () => {
    const before = loaded(1, 10, 100);
    const { result, rerender } = setup(before);
    rerender({ current: before, saving: true });
    // The refetch lands with the values from before the save: the same workspace stays.
    rerender({ current: loaded(1, 10, 200), saving: true });
    expect(result.current).toBe(before);
    // The save comes back: the saved group shows (the workspace takes the save over).
    rerender({ current: loaded(1, 99, 300), saving: false });
    expect(result.current).toEqual(loaded(1, 99, 300));
  });

  it('shows another group at once, saving or not', () => {
    const { result, rerender } = setup(loaded(1, 10, 100));
    rerender({ current: loaded(2, 5, 200), saving: true });
    expect(result.current).toEqual(loaded(2, 5, 200));
    rerender({ current: { data: null, updatedAt: 300 }, saving: true });
    expect(result.current).toEqual({ data: null, updatedAt: 300 });
    rerender({ current: undefined, saving: true });
    expect(result.current).toBeUndefined();
  });
});
