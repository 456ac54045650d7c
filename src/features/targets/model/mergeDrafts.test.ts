import { describe, expect, it } from 'vitest';
import type { DraftBase, RestoredDraft } from './draft.ts';
import { mergeDrafts } from './mergeDrafts.ts';

const rows = new Map<number, DraftBase>([
  [1, { values: [1, 2, 3], locked: false }],
  [2, { values: [4, 5, 6], locked: false }],
]);
const currentOf = (id: number) => rows.get(id);

function draft(savedAt: string, edits: [number, number[], boolean?][]): RestoredDraft {
  return {
    savedAt,
    edits: new Map(edits.map(([id, values, locked = false]) => [id, { values, locked }])),
    rebased: false,
    conflicts: [],
    dropped: [],
  };
}

describe('mergeDrafts', () => {
  it('is null for no drafts and the draft itself for one', () => {
    expect(mergeDrafts([], currentOf)).toBeNull();
    const one = draft('2026-01-01T00:00:00Z', [[1, [9, 2, 3]]]);
    expect(mergeDrafts([one], currentOf)).toBe(one);
  });

  it('keeps the cells each draft changed, the newest draft winning a cell both changed', () => {
    const older = draft('2026-01-01T10:00:00Z', [
      [1, [10, 20, 3]],
      [2, [4, 5, 60]],
    ]);
    const newer = draft('2026-01-01T11:00:00Z', [[1, [1, 21, 30]]]);
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const merged = mergeDrafts(order, currentOf);
      expect(merged?.savedAt).toBe('2026-01-01T11:00:00Z');
      expect(Object.fromEntries(merged?.edits ?? [])).toEqual({
        1: { values: [10, 21, 30], locked: false },
        2: { values: [4, 5, 60], locked: false },
      });
    }
  });

  it('keeps a lock change, and what each draft says', () => {
    const locked = draft('2026-01-01T10:00:00Z', [[2, [4, 5, 6], true]]);
    const saving = {
      ...draft('2026-01-01T11:00:00Z', [[2, [7, 5, 6]]]),
      savingSince: '2026-01-01T11:00:00Z',
      rebased: true,
      dropped: [3],
      conflicts: [{ assignmentId: 2, period: 0 }],
    };
    const merged = mergeDrafts([locked, saving], currentOf);
    expect(merged?.edits.get(2)).toEqual({ values: [7, 5, 6], locked: true });
    expect(merged?.savingSince).toBe('2026-01-01T11:00:00Z');
    expect(merged?.rebased).toBe(true);
    expect(merged?.dropped).toEqual([3]);
    expect(merged?.conflicts).toEqual([{ assignmentId: 2, period: 0 }]);
  });

  it('drops a cell both changed from the older draft’s conflicts when the newer draft set it', () => {
    const older = {
      ...draft('2026-01-01T10:00:00Z', [[1, [10, 2, 3]]]),
      conflicts: [{ assignmentId: 1, period: 0 }],
    };
    const newer = draft('2026-01-01T11:00:00Z', [[1, [11, 2, 3]]]);
    const merged = mergeDrafts([older, newer], currentOf);
    expect(merged?.edits.get(1)?.values).toEqual([11, 2, 3]);
    expect(merged?.conflicts).toEqual([]);
  });

  it('says a save was under way as the newest draft that says so, not the oldest', () => {
    const older = { ...draft('2026-01-01T10:00:00Z', [[1, [10, 2, 3]]]), savingSince: 'old' };
    const newer = { ...draft('2026-01-01T11:00:00Z', [[2, [4, 5, 7]]]), savingSince: 'new' };
    expect(mergeDrafts([newer, older], currentOf)?.savingSince).toBe('new');
  });

  it('a cell a newer draft changed back to the loaded value stays so, over an older draft', () => {
    const older = {
      ...draft('2026-01-01T10:00:00Z', [[1, [10, 2, 3]]]),
      conflicts: [{ assignmentId: 1, period: 0 }],
    };
    // The newer tab set the cell and set it back (it shows 1 again), and changed another.
    const newer = {
      ...draft('2026-01-01T11:00:00Z', [[1, [1, 20, 3]]]),
      reverted: [{ assignmentId: 1, period: 0 }],
    };
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const merged = mergeDrafts(order, currentOf);
      expect(merged?.edits.get(1)?.values).toEqual([1, 20, 3]);
      expect(merged?.conflicts).toEqual([]);
    }
  });

  it('a row a newer draft changed back whole is left as loaded, over an older draft', () => {
    const older = draft('2026-01-01T10:00:00Z', [
      [1, [10, 2, 3]],
      [2, [4, 5, 60]],
    ]);
    const newer = {
      ...draft('2026-01-01T11:00:00Z', [[2, [4, 50, 6]]]),
      reverted: [{ assignmentId: 1, period: 0 }],
    };
    const merged = mergeDrafts([older, newer], currentOf);
    expect(merged?.edits.has(1)).toBe(false);
    expect(merged?.edits.get(2)?.values).toEqual([4, 50, 60]);
  });

  it('a cell changed back in an older draft is taken by a newer draft that set it', () => {
    const older = {
      ...draft('2026-01-01T10:00:00Z', [[2, [4, 5, 60]]]),
      reverted: [{ assignmentId: 1, period: 0 }],
    };
    const newer = draft('2026-01-01T11:00:00Z', [[1, [11, 2, 3]]]);
    const merged = mergeDrafts([newer, older], currentOf);
    expect(merged?.edits.get(1)?.values).toEqual([11, 2, 3]);
  });

  it('a draft with no edits, only cells set back, takes an older draft’s value for them away', () => {
    const older = draft('2026-01-01T10:00:00Z', [[1, [10, 2, 3]]]);
    const undone = {
      ...draft('2026-01-01T11:00:00Z', []),
      reverted: [{ assignmentId: 1, period: 0 }],
    };
    const merged = mergeDrafts([undone, older], currentOf);
    expect(merged?.edits.size).toBe(0);
    // Still said, for the drafts of tabs still open that were not merged.
    expect(merged?.reverted).toEqual([{ assignmentId: 1, period: 0 }]);
  });

  it('says the cells set back that no newer draft changed again', () => {
    const older = {
      ...draft('2026-01-01T10:00:00Z', []),
      reverted: [
        { assignmentId: 1, period: 0 },
        { assignmentId: 2, period: 1 },
      ],
    };
    const newer = draft('2026-01-01T11:00:00Z', [[1, [11, 2, 3]]]);
    expect(mergeDrafts([newer, older], currentOf)?.reverted).toEqual([
      { assignmentId: 2, period: 1 },
    ]);
  });
});
