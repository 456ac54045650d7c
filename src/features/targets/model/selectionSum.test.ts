import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMinor } from './money.ts';
import { selectionSums, selectionSumText } from './selectionSum.ts';
import { makeRow } from './testRows.ts';

const rows = [
  makeRow(1, [100, 200], { currency: 'NOK' }),
  makeRow(2, [10.5, 20.25], { currency: 'EUR' }),
  makeRow(3, [1, 2], { currency: 'NOK' }),
  makeRow(4, [1000, 3000], { currency: 'JPY', decimals: 0 }),
];
const format = (n: number) => n.toLocaleString('en');
const withDecimals = (n: number, decimals: number) =>
  n.toLocaleString('en', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

describe('selectionSums', () => {
  it('never adds amounts in different currencies', () => {
    const sums = selectionSums(rows, { top: 0, bottom: 3, left: 0, right: 1 });
    expect(sums).toEqual([
      { currency: 'NOK', sum: 303, decimals: 2 },
      { currency: 'EUR', sum: 30.75, decimals: 2 },
      { currency: 'JPY', sum: 4000, decimals: 0 },
    ]);
    expect(selectionSumText(sums, format)).toBe('Sum 303 NOK · 30.75 EUR · 4,000 JPY');
  });

  it('writes each sum with its currency’s decimals, as the grid does (KWD 1.200, NOK 1.20)', () => {
    const mixed = [
      makeRow(1, [1, 0.2], { currency: 'KWD', decimals: 3 }),
      makeRow(2, [1, 0.2], { currency: 'NOK' }),
    ];
    const sums = selectionSums(mixed, { top: 0, bottom: 1, left: 0, right: 1 });
    expect(selectionSumText(sums, withDecimals)).toBe('Sum 1.200 KWD · 1.20 NOK');
  });

  it('one currency (or none) reads as one sum', () => {
    expect(
      selectionSumText(selectionSums(rows, { top: 0, bottom: 0, left: 0, right: 1 }), format),
    ).toBe('Sum 300 NOK');
    const counts = [makeRow(1, [1, 2], { currency: null, decimals: 0 })];
    expect(
      selectionSumText(selectionSums(counts, { top: 0, bottom: 0, left: 0, right: 1 }), format),
    ).toBe('Sum 3');
  });

  it('is exact: each currency sums to its cells in minor units', () => {
    const cents = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100);
    const row = fc.record({
      values: fc.array(cents, { minLength: 3, maxLength: 3 }),
      currency: fc.constantFrom('NOK', 'EUR'),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (spec) => {
        const grid = spec.map((s, i) => makeRow(i, s.values, { currency: s.currency }));
        const sums = selectionSums(grid, { top: 0, bottom: grid.length - 1, left: 0, right: 2 });
        for (const { currency, sum } of sums) {
          const expected = grid
            .filter((r) => r.currency === currency)
            .flatMap((r) => r.values)
            .reduce((a, v) => a + toMinor(v, 2), 0);
          expect(toMinor(sum, 2)).toBe(expected);
        }
        expect(new Set(sums.map((s) => s.currency)).size).toBe(sums.length);
      }),
    );
  });
});
