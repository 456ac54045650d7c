import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// The app's conversion: both sides must carry values over the same way.
import { convertPeriodValues as appConvert } from '../../../src/features/targets/model/periodConversion.ts';
import { convertPeriodValues, keepsPeriodTotals, toMinor } from './periodConversion.ts';

const counts = fc.constantFrom(1, 2, 4, 12);
const decimals = fc.constantFrom(0, 2);
const rowOf = (n: number) =>
  fc.array(fc.integer({ min: -1e12, max: 1e12 }), { minLength: n, maxLength: n });

describe('period conversion (sandbox)', () => {
  it('sums into coarser periods and splits evenly into finer ones', () => {
    expect(convertPeriodValues([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 4, 2)).toEqual([
      6, 15, 24, 33,
    ]);
    expect(convertPeriodValues([100, 0, 0, 0], 12, 2).slice(0, 3)).toEqual([33.34, 33.33, 33.33]);
    expect(convertPeriodValues([1001], 2, 0)).toEqual([501, 500]);
    expect(toMinor(1.005, 2)).toBe(101);
    expect(toMinor(-0.5, 0)).toBe(-1);
  });

  it('property: agrees with the app and keeps the yearly total exactly', () => {
    fc.assert(
      fc.property(
        counts.chain((from) => fc.tuple(rowOf(from), counts, decimals)),
        ([minor, to, d]) => {
          const values = minor.map((m) => m / 10 ** d);
          const out = convertPeriodValues(values, to, d);
          expect(out).toEqual(appConvert(values, to, d));
          expect(out.reduce((a, v) => a + toMinor(v, d), 0)).toBe(minor.reduce((a, b) => a + b, 0));
          expect(keepsPeriodTotals(values, out, d)).toBe(true);
        },
      ),
    );
  });

  it('keepsPeriodTotals: any regrouping with the same coarse totals, nothing else', () => {
    const months = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120];
    expect(keepsPeriodTotals(months, [60, 150, 240, 330], 2)).toBe(true);
    expect(keepsPeriodTotals(months, [60, 150, 240, 331], 2)).toBe(false);
    expect(keepsPeriodTotals(months, [150, 60, 240, 330], 2)).toBe(false); // moved between quarters
    expect(keepsPeriodTotals([60, 150, 240, 330], [0, 0, 60, ...months.slice(3)], 2)).toBe(true);
    expect(keepsPeriodTotals([60, 150], [210], 2)).toBe(true);
  });
});
