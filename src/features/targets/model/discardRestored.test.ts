import { describe, expect, it } from 'vitest';
import { applyAction } from './edits.ts';
import { discardRestored } from './discardRestored.ts';
import type { Edits, TargetAssignmentLike } from './types.ts';

const loaded = new Map<number, TargetAssignmentLike>([
  [1, { TargetAssignmentInfoId: 1, Values: [1, 2, 3], Locked: false }],
  [2, { TargetAssignmentInfoId: 2, Values: [4, 5, 6], Locked: false }],
]);
const restored: Edits = new Map([[1, { values: [10, 2, 3], locked: true }]]);

describe('discardRestored', () => {
  it('puts back the loaded values of the restored cells and keeps the ones typed since', () => {
    // After the restore: row 2 typed, row 1's third cell typed.
    const current: Edits = new Map([
      [1, { values: [10, 2, 30], locked: true }],
      [2, { values: [4, 50, 6], locked: false }],
    ]);
    const { action, kept } = discardRestored(current, restored, loaded);
    expect(applyAction(current, action, loaded)).toEqual(
      new Map([
        [1, { values: [1, 2, 30], locked: false }],
        [2, { values: [4, 50, 6], locked: false }],
      ]),
    );
    expect(kept).toBe(2);
    expect(action.label).toBe('Discarded 2 restored changes. The 2 changes made since are kept.');
  });

  it('keeps a restored cell typed over since, and drops everything when nothing was typed', () => {
    const over: Edits = new Map([[1, { values: [11, 2, 3], locked: true }]]);
    const first = discardRestored(over, restored, loaded);
    expect(applyAction(over, first.action, loaded)).toEqual(
      new Map([[1, { values: [11, 2, 3], locked: false }]]),
    );
    const { action, kept } = discardRestored(restored, restored, loaded);
    expect(applyAction(restored, action, loaded).size).toBe(0);
    expect(kept).toBe(0);
    expect(action.label).toBe('Discarded 2 restored changes.');
  });

  it('says nothing was discarded when every restored change was changed again', () => {
    const again: Edits = new Map([[1, { values: [11, 2, 3], locked: false }]]);
    const { action } = discardRestored(again, restored, loaded);
    expect(action.cells).toEqual([]);
    expect(action.label).toBe(
      'Nothing was discarded: every restored change has been changed again since.',
    );
  });
});
