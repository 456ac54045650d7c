import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampCell,
  clampRange,
  normalizeRange,
  pasteTargetRange,
  rangeCells,
  rangeContains,
  rangeRows,
  rangeSize,
} from './range.ts';

const cell = fc.record({
  row: fc.integer({ min: 0, max: 50 }),
  col: fc.integer({ min: 0, max: 11 }),
});

describe('range', () => {
  it('normalises any anchor/focus pair and contains both corners', () => {
    fc.assert(
      fc.property(cell, cell, (a, f) => {
        const r = normalizeRange(a, f);
        expect(r.top).toBeLessThanOrEqual(r.bottom);
        expect(r.left).toBeLessThanOrEqual(r.right);
        expect(rangeContains(r, a) && rangeContains(r, f)).toBe(true);
        const cells = [...rangeCells(r)];
        const size = rangeSize(r);
        expect(cells).toHaveLength(size.rows * size.cols);
        expect(rangeRows(r)).toHaveLength(size.rows);
        expect(cells.every((c) => rangeContains(r, c))).toBe(true);
      }),
    );
  });

  it('iterates row by row', () => {
    expect([...rangeCells({ top: 1, left: 2, bottom: 2, right: 3 })]).toEqual([
      { row: 1, col: 2 },
      { row: 1, col: 3 },
      { row: 2, col: 2 },
      { row: 2, col: 3 },
    ]);
    expect(rangeContains({ top: 1, left: 1, bottom: 1, right: 1 }, { row: 0, col: 1 })).toBe(false);
  });

  it('clamps cells and ranges to the grid', () => {
    expect(clampCell({ row: -3, col: 40 }, 10, 12)).toEqual({ row: 0, col: 11 });
    expect(clampRange({ top: 8, left: 10, bottom: 20, right: 20 }, 10, 12)).toEqual({
      top: 8,
      left: 10,
      bottom: 9,
      right: 11,
    });
    expect(clampRange({ top: 12, left: 0, bottom: 20, right: 1 }, 10, 12)).toBeNull();
  });

  it('computes where a paste lands and whether it was clipped', () => {
    expect(pasteTargetRange({ row: 2, col: 10 }, 3, 2, 100, 12)).toEqual({
      range: { top: 2, left: 10, bottom: 4, right: 11 },
      clipped: false,
    });
    expect(pasteTargetRange({ row: 98, col: 11 }, 3, 2, 100, 12)).toEqual({
      range: { top: 98, left: 11, bottom: 99, right: 11 },
      clipped: true,
    });
  });
});
