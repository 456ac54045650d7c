import { describe, expect, it } from 'vitest';
import type { DraftBase } from './draft.ts';
import { changedBack, noteTouched, type TouchedCells } from './changedBack.ts';
import type { Edits } from './types.ts';

const loaded = new Map<number, DraftBase>([
  [1, { values: [1, 2, 3], locked: false }],
  [2, { values: [4, 5, 6], locked: false }],
]);
const baseOf = (id: number) => loaded.get(id);
const edits = (rows: [number, number[]][]): Edits =>
  new Map(rows.map(([id, values]) => [id, { values, locked: false }]));

describe('changedBack', () => {
  it('names the cells changed and set back to the value loaded, also in a row wholly back', () => {
    const touched: TouchedCells = new Map();
    noteTouched(
      touched,
      edits([
        [1, [10, 20, 3]],
        [2, [4, 50, 6]],
      ]),
      baseOf,
    );
    // Cell 1/0 set back; row 2 undone wholly (no longer an edit); 1/1 still changed.
    const now = edits([[1, [1, 20, 3]]]);
    noteTouched(touched, now, baseOf);
    expect(changedBack(touched, now, baseOf)).toEqual([
      { assignmentId: 1, period: 0 },
      { assignmentId: 2, period: 1 },
    ]);
  });

  it('names no cell never changed, nor one changed again since', () => {
    const touched: TouchedCells = new Map();
    noteTouched(touched, edits([[1, [10, 2, 3]]]), baseOf);
    noteTouched(touched, edits([[1, [1, 2, 3]]]), baseOf);
    const again = edits([[1, [11, 2, 3]]]);
    noteTouched(touched, again, baseOf);
    expect(changedBack(touched, again, baseOf)).toEqual([]);
  });
});
