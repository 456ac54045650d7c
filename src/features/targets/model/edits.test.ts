import { describe, expect, it } from 'vitest';
import { applyAction, indexAssignments, isCellChanged, isLockChanged } from './edits.ts';

const loaded = indexAssignments([
  { TargetAssignmentInfoId: 1, Values: [1, 2, 3], Locked: false },
  { TargetAssignmentInfoId: 2, Values: [4, 5, 6], Locked: true },
]);

describe('edits', () => {
  it('records changed assignments and marks changed cells', () => {
    const e = applyAction(
      new Map(),
      { label: '', cells: [{ assignmentId: 1, period: 1, before: 2, after: 9 }], locks: [] },
      loaded,
    );
    expect(e.get(1)).toEqual({ values: [1, 9, 3], locked: false });
    expect(isCellChanged(e, loaded, 1, 1)).toBe(true);
    expect(isCellChanged(e, loaded, 1, 0)).toBe(false);
    expect(isCellChanged(e, loaded, 2, 0)).toBe(false);
    expect(loaded.get(1)!.Values).toEqual([1, 2, 3]);
  });

  it('drops an assignment that is back to its loaded state', () => {
    let e = applyAction(
      new Map(),
      { label: '', cells: [], locks: [{ assignmentId: 2, before: true, after: false }] },
      loaded,
    );
    expect(e.get(2)).toEqual({ values: [4, 5, 6], locked: false });
    e = applyAction(
      e,
      { label: '', cells: [], locks: [{ assignmentId: 2, before: false, after: true }] },
      loaded,
    );
    expect(e.size).toBe(0);
  });

  it('says when a row is locked or unlocked and not saved, and not for value changes alone', () => {
    const unlocked = applyAction(
      new Map(),
      { label: '', cells: [], locks: [{ assignmentId: 2, before: true, after: false }] },
      loaded,
    );
    expect(isLockChanged(unlocked, loaded, 2)).toBe(true);
    const locked = applyAction(
      new Map(),
      { label: '', cells: [], locks: [{ assignmentId: 1, before: false, after: true }] },
      loaded,
    );
    expect(isLockChanged(locked, loaded, 1)).toBe(true);
    const typed = applyAction(
      new Map(),
      { label: '', cells: [{ assignmentId: 1, period: 0, before: 1, after: 5 }], locks: [] },
      loaded,
    );
    expect(isLockChanged(typed, loaded, 1)).toBe(false);
    expect(isLockChanged(new Map(), loaded, 2)).toBe(false);
  });
});
