import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distributeEvenly, distributeOverRows, distributeProportionally } from './distribute.ts';
import { toMinor } from './money.ts';
import { makeRow } from './testRows.ts';

const minorSum = (values: number[], d: number) => values.reduce((a, v) => a + toMinor(v, d), 0);
const decimals = fc.constantFrom(0, 2);
const counts = fc.constantFrom(1, 2, 4, 12);

describe('distributeEvenly', () => {
  it('gives the remainder to the earliest periods', () => {
    expect(distributeEvenly(100, 12, 2)).toEqual([
      ...new Array(4).fill(8.34),
      ...new Array(8).fill(8.33),
    ]);
    expect(distributeEvenly(10, 4, 0)).toEqual([3, 3, 2, 2]);
    expect(distributeEvenly(-10, 4, 0)).toEqual([-3, -3, -2, -2]);
    expect(distributeEvenly(0, 4, 2)).toEqual([0, 0, 0, 0]);
  });

  it('always sums exactly to the amount, parts differ by at most one unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), counts, decimals, (minor, n, d) => {
        const amount = minor / 10 ** d;
        const parts = distributeEvenly(amount, n, d);
        expect(parts).toHaveLength(n);
        expect(minorSum(parts, d)).toBe(minor);
        const ms = parts.map((p) => toMinor(p, d));
        expect(Math.max(...ms) - Math.min(...ms)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('distributeProportionally', () => {
  it('keeps proportions and places the remainder by largest remainder', () => {
    expect(distributeProportionally(200, [10, 30, 60], 0)).toEqual([20, 60, 120]);
    expect(distributeProportionally(10, [1, 1, 1], 0)).toEqual([4, 3, 3]);
    expect(distributeProportionally(1, [1, 2], 2)).toEqual([0.33, 0.67]);
  });

  it('splits evenly when all current values are zero', () => {
    expect(distributeProportionally(12, [0, 0, 0, 0], 0)).toEqual([3, 3, 3, 3]);
  });

  it('always sums exactly to the new total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 12 }),
        decimals,
        (total, weights, d) => {
          const parts = distributeProportionally(
            total / 10 ** d,
            weights.map((w) => w / 10 ** d),
            d,
          );
          expect(minorSum(parts, d)).toBe(total);
          // Every part is within one unit of its exact share.
          const sum = weights.reduce((a, b) => a + b, 0);
          if (sum > 0) {
            parts.forEach((p, i) => {
              expect(Math.abs(toMinor(p, d) - (total * weights[i]) / sum)).toBeLessThan(1 + 1e-6);
            });
          }
        },
      ),
    );
  });
});

describe('distributeOverRows', () => {
  it('never changes a locked or derived row and reports them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 20 }),
        fc.integer({ min: 0, max: 1e6 }),
        (flags, amount) => {
          const rows = flags.map(([locked, derived], i) =>
            makeRow(i + 1, [1, 2, 3, 4], { locked, derived }),
          );
          const r = distributeOverRows(rows, (row) =>
            distributeEvenly(amount, row.values.length, 2),
          );
          const touched = new Set(r.changes.map((c) => c.assignmentId));
          for (const row of rows) {
            if (row.locked || row.derived) expect(touched.has(row.assignmentId ?? -1)).toBe(false);
          }
          expect(r.skippedLocked).toEqual(rows.filter((x) => x.locked && !x.derived));
          expect(r.skippedDerived).toEqual(rows.filter((x) => x.derived));
        },
      ),
    );
  });
});
