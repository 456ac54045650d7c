import { describe, expect, it } from 'vitest';
import type { GridRowMeta } from './types.ts';
import { workedOutFigures } from './workedOutFigures.ts';

const shown: GridRowMeta = { kind: 'user', locked: false, readOnly: false, level: 1 };

// 2 rows × 3 periods: row r, period c holds 10 × r + c.
const source = {
  rowCount: 2,
  colCount: 3,
  value: (r: number, c: number) => 10 * r + c,
  rowTotal: (r: number) => 30 * r + 3,
  colTotal: (c: number) => 10 + 2 * c,
  grandTotal: () => 36,
  rowMeta: () => shown,
};

describe('workedOutFigures', () => {
  it("copies a row's year total as shown", () => {
    expect(workedOutFigures({ row: 1, col: 3 }, { row: 1, col: 3 }, source)).toEqual([[33]]);
  });

  it('copies the footer’s totals, the grand total included', () => {
    expect(workedOutFigures({ row: 2, col: 1 }, { row: 2, col: 3 }, source)).toEqual([
      [12, 14, 36],
    ]);
  });

  it('leaves out the row header column, and has nothing for row headers alone', () => {
    expect(workedOutFigures({ row: 0, col: -1 }, { row: 1, col: -1 }, source)).toBeNull();
    expect(workedOutFigures({ row: 0, col: 3 }, { row: 1, col: -1 }, source)).toEqual([
      [0, 1, 2, 3],
      [10, 11, 12, 33],
    ]);
  });

  it('copies a row whose figures are not shown as empty cells', () => {
    const hidden: GridRowMeta = { ...shown, readOnly: true, valuesHidden: true };
    const withHidden = { ...source, rowMeta: (r: number) => (r === 1 ? hidden : shown) };
    expect(workedOutFigures({ row: 0, col: 3 }, { row: 2, col: 3 }, withHidden)).toEqual([
      [3],
      [null],
      [36],
    ]);
  });
});
