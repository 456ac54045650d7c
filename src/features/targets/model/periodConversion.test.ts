import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMinor } from './money.ts';
import { convertPeriodValues, describePeriodChange, regroupMinor } from './periodConversion.ts';
import { PERIOD_COUNTS, type PeriodType } from './types.ts';

const counts = fc.constantFrom(1, 2, 4, 12);
const types = fc.constantFrom<PeriodType>('Month', 'Quarter', 'HalfYear', 'Year');
const decimals = fc.constantFrom(0, 2, 3);
/** Amounts as integer minor units (up to ±10^12, so values up to 10 billion at 2 decimals). */
const minorUnits = fc.integer({ min: -1e12, max: 1e12 });
const rowOf = (n: number) => fc.array(minorUnits, { minLength: n, maxLength: n });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const minorSum = (values: readonly number[], d: number) =>
  values.reduce((a, v) => a + toMinor(v, d), 0);

/** Totals per period of the coarser shape: what must survive any conversion. */
const coarseTotals = (minor: readonly number[], coarse: number) => regroupMinor(minor, coarse);

describe('convertPeriodValues', () => {
  it('sums months into quarters, half-years and the year', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.5];
    expect(convertPeriodValues(months, 4, 2)).toEqual([6, 15, 24, 33.5]);
    expect(convertPeriodValues(months, 2, 2)).toEqual([21, 57.5]);
    expect(convertPeriodValues(months, 1, 2)).toEqual([78.5]);
    // No float drift: 0.1 + 0.2 + 0.3 is exactly 0.6 here.
    expect(convertPeriodValues([0.1, 0.2, 0.3, 0, 0, 0, 0, 0, 0, 0, 0, 0], 4, 2)).toEqual([
      0.6, 0, 0, 0,
    ]);
  });

  it('splits each quarter evenly over its months, the remainder to the earliest', () => {
    expect(convertPeriodValues([100, 0, 3, -10], 12, 2)).toEqual([
      33.34, 33.33, 33.33, 0, 0, 0, 1, 1, 1, -3.34, -3.33, -3.33,
    ]);
    expect(convertPeriodValues([1000], 4, 0)).toEqual([250, 250, 250, 250]);
    expect(convertPeriodValues([1001], 2, 0)).toEqual([501, 500]);
    expect(convertPeriodValues([10, 11], 4, 0)).toEqual([5, 5, 6, 5]);
  });

  it('rounds to the currency’s smallest unit first (what the grid shows)', () => {
    expect(convertPeriodValues([0.5, 0.5, 0.5, 0.5], 1, 0)).toEqual([4]);
    expect(convertPeriodValues([1.005, 0], 1, 2)).toEqual([1.01]);
  });

  it('keeps a row that already has the new count, and splits a malformed row’s total', () => {
    expect(convertPeriodValues([1, 2, 3, 4], 4, 2)).toEqual([1, 2, 3, 4]);
    expect(convertPeriodValues([5, 5, 5], 4, 0)).toEqual([4, 4, 4, 3]);
    expect(convertPeriodValues([], 4, 2)).toEqual([0, 0, 0, 0]);
  });

  it('property: the parts sum exactly to the yearly total in minor units', () => {
    fc.assert(
      fc.property(
        counts.chain((from) => fc.tuple(rowOf(from), counts, decimals)),
        ([minor, to, d]) => {
          const values = minor.map((m) => m / 10 ** d);
          const out = convertPeriodValues(values, to, d);
          expect(out).toHaveLength(to);
          expect(minorSum(out, d)).toBe(sum(minor));
          // Every part is a whole number of smallest units.
          for (const v of out) expect(toMinor(v, d) / 10 ** d).toBe(v);
        },
      ),
    );
  });

  it('property: every total of the coarser period type is kept, and a split is even', () => {
    fc.assert(
      fc.property(
        counts.chain((from) => fc.tuple(rowOf(from), counts)),
        ([minor, to]) => {
          const out = regroupMinor(minor, to);
          const coarse = Math.min(minor.length, to);
          expect(coarseTotals(out, coarse)).toEqual(coarseTotals(minor, coarse));
          if (to > minor.length) {
            const k = to / minor.length;
            for (let i = 0; i < minor.length; i++) {
              const parts = out.slice(i * k, i * k + k);
              expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
            }
          }
        },
      ),
    );
  });

  it('property: converting to a finer type and back gives the original values', () => {
    fc.assert(
      fc.property(
        counts.chain((from) =>
          fc.tuple(rowOf(from), fc.constantFrom(...[1, 2, 4, 12].filter((c) => c % from === 0))),
        ),
        ([minor, finer]) => {
          expect(regroupMinor(regroupMinor(minor, finer), minor.length)).toEqual(minor);
        },
      ),
    );
  });
});

describe('describePeriodChange', () => {
  it('says what happens to the values, in the words of the period types', () => {
    expect(describePeriodChange('Month', 'Quarter')).toBe(
      '12 monthly values per row become 4 quarterly values: each quarter is the sum of its 3 months, so yearly totals are kept.',
    );
    expect(describePeriodChange('Month', 'Year')).toBe(
      '12 monthly values per row become 1 yearly value: the year is the sum of its 12 months, so yearly totals are kept.',
    );
    expect(describePeriodChange('Quarter', 'Month')).toBe(
      '4 quarterly values per row become 12 monthly values: each quarter’s value is split evenly over its 3 months (to the currency’s smallest unit; any remainder goes to the earliest months), so quarterly and yearly totals are kept.',
    );
    expect(describePeriodChange('Year', 'HalfYear')).toMatch(
      /^1 yearly value per row becomes 2 half-yearly values: the year’s value is split evenly over its 2 half-years .*so yearly totals are kept\.$/,
    );
    expect(describePeriodChange('Month', 'Month')).toBe('');
  });

  it('property: names both counts for every pair of period types', () => {
    fc.assert(
      fc.property(types, types, (from, to) => {
        const text = describePeriodChange(from, to);
        if (from === to) expect(text).toBe('');
        else {
          expect(text).toContain(`${PERIOD_COUNTS[from]} `);
          expect(text).toContain(`become`);
          expect(text).toMatch(/totals are kept\.$/);
        }
      }),
    );
  });
});
