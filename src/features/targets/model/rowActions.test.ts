import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMinor } from './money.ts';
import {
  clearRow,
  copyFromLastYear,
  copyFromRow,
  distributeNewTotal,
  regroupValues,
  scaleMinorByPercent,
  setRowLocked,
  setYearlyAmount,
} from './rowActions.ts';
import { makeRow } from './testRows.ts';
import type { ActionResult } from './types.ts';

const afterValues = (r: ActionResult, base: readonly number[]) => {
  if (!r.ok) throw new Error(r.message);
  const v = [...base];
  for (const c of r.action.cells) v[c.period] = c.after;
  return v;
};

describe('row actions', () => {
  const row = makeRow(1, [10, 20, 30, 40], { label: 'Nora Berg' });

  it('says so when the amount typed has more decimals than the row’s currency', () => {
    const yen = makeRow(5, [0, 0, 0, 0], { label: 'Inside Sales', currency: 'JPY', decimals: 0 });
    const split = setYearlyAmount(yen, 1000.5);
    expect(afterValues(split, yen.values)).toEqual([251, 250, 250, 250]);
    expect(split.ok && split.action.label).toBe(
      'Split 1001 evenly over Inside Sales’s 4 quarters (1000.5 was rounded to 1001: amounts in JPY have no decimals).',
    );
    const total = distributeNewTotal(row, 100.005);
    expect(total.ok && total.action.label).toBe(
      'Distributed 100.01 over Nora Berg’s 4 quarters (100.005 was rounded to 100.01: amounts in NOK have 2 decimals).',
    );
    expect(setYearlyAmount(yen, 1000).ok && setYearlyAmount(yen, 1000)).toMatchObject({
      action: { label: 'Split 1000 evenly over Inside Sales’s 4 quarters.' },
    });
  });

  it('sets a yearly amount split evenly', () => {
    expect(afterValues(setYearlyAmount(row, 100.01), row.values)).toEqual([25.01, 25, 25, 25]);
  });

  it('distributes a new total in proportion', () => {
    expect(afterValues(distributeNewTotal(row, 200), row.values)).toEqual([20, 40, 60, 80]);
  });

  it('copies another row, regrouping periods', () => {
    const monthly = makeRow(2, [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]);
    expect(afterValues(copyFromRow(row, monthly), row.values)).toEqual([3, 6, 9, 12]);
    expect(afterValues(copyFromRow(monthly, row), monthly.values)).toEqual([
      3.34, 3.33, 3.33, 6.67, 6.67, 6.66, 10, 10, 10, 13.34, 13.33, 13.33,
    ]);
  });

  it('does not copy amounts from a row in another currency', () => {
    const nok = makeRow(4, [1, 2, 3, 4], { label: 'Chloe Martin', currency: 'NOK' });
    const yen = makeRow(5, [1000, 2000, 3000, 4000], {
      label: 'Inside Sales',
      currency: 'JPY',
      decimals: 0,
    });
    const r = copyFromRow(nok, yen);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe(
      'Inside Sales is in JPY and Chloe Martin in NOK: amounts in different currencies cannot be copied.',
    );
    // The same currency, or rows without one (counts), copy as before.
    expect(copyFromRow(nok, makeRow(6, [5, 6, 7, 8], { currency: 'NOK' })).ok).toBe(true);
    const counts = makeRow(7, [1, 2, 3, 4], { currency: null, decimals: 0 });
    expect(copyFromRow(counts, makeRow(8, [5, 6, 7, 8], { currency: null })).ok).toBe(true);
  });

  it('copies last year ± % exactly, rounded half away from zero', () => {
    expect(afterValues(copyFromLastYear(row, [100, 0.05, 33.33, -10], 10), row.values)).toEqual([
      110, 0.06, 36.66, -11,
    ]);
    expect(afterValues(copyFromLastYear(row, [100, 200, 300, 400], -2.5), row.values)).toEqual([
      97.5, 195, 292.5, 390,
    ]);
    const yen = makeRow(3, [0], { decimals: 0, currency: 'JPY' });
    expect(afterValues(copyFromLastYear(yen, [1005], 5), yen.values)).toEqual([1055]);
  });

  it('refuses a change below −100 % (negative targets) or past a million %, takes −100 %', () => {
    const below = copyFromLastYear(row, [100, 200, 300, 400], -100.5);
    expect(below.ok).toBe(false);
    expect(!below.ok && below.message).toBe(
      'Enter -100 or more: below -100 % the targets would be negative (-100 % sets them to 0).',
    );
    expect(afterValues(copyFromLastYear(row, [100, 200, 300, 400], -100), row.values)).toEqual([
      0, 0, 0, 0,
    ]);
    // 310 typed digits read as Infinity: refused, not thrown.
    const endless = copyFromLastYear(row, [1, 0, 0, 0], Infinity);
    expect(!endless.ok && endless.message).toBe('Enter at most 1000000.');
  });

  it('applies the percentage to last year’s own periods before splitting them', () => {
    // Quarterly last year (a year of 2,992,000), monthly now, −5 %.
    const monthly = makeRow(
      4,
      Array.from({ length: 12 }, () => 0),
      { label: 'Olivia Grant' },
    );
    const next = afterValues(
      copyFromLastYear(monthly, [689_000, 700_000, 800_000, 803_000], -5),
      monthly.values,
    );
    expect(next.slice(0, 3)).toEqual([218_183.34, 218_183.33, 218_183.33]);
    const minor = next.map((v) => toMinor(v, 2));
    expect(minor.slice(0, 3).reduce((a, b) => a + b, 0)).toBe(toMinor(654_550, 2));
    expect(minor.reduce((a, b) => a + b, 0)).toBe(toMinor(2_842_400, 2));
  });

  it('says amounts in the user’s format, and refuses amounts over a hundred billion', () => {
    const de = (n: number) => new Intl.NumberFormat('de-DE').format(n);
    const split = setYearlyAmount(row, 1234.5, de);
    expect(split.ok && split.action.label).toBe(
      'Split 1.234,5 evenly over Nora Berg’s 4 quarters.',
    );
    const tooMuch = distributeNewTotal(row, 23_750_001_000_000, de);
    expect(tooMuch.ok).toBe(false);
    expect(!tooMuch.ok && tooMuch.message).toBe('Enter an amount of at most 100.000.000.000.');
    expect(setYearlyAmount(row, -1e11 - 1).ok).toBe(false);
    expect(setYearlyAmount(row, 1e11).ok).toBe(true);
    // Last year's values raised past the limit are refused too.
    expect(copyFromLastYear(row, [9e10, 0, 0, 0], 50).ok).toBe(false);
  });

  it('percent scaling matches exact rational rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: -10000, max: 10000 }),
        (minor, p100) => {
          const exact = (BigInt(minor) * BigInt(10000 + p100) * 2n) / 10000n; // 2 × value, truncated
          const got = BigInt(scaleMinorByPercent(minor, p100 / 100));
          const diff = got * 2n - exact;
          expect(diff >= -2n && diff <= 2n).toBe(true); // within half a unit either side
        },
      ),
    );
  });

  it('regroups so that sums are kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e9, max: 1e9 }), { minLength: 12, maxLength: 12 }),
        fc.constantFrom(1, 2, 4, 12),
        (cents, n) => {
          const values = cents.map((c) => c / 100);
          const grouped = regroupValues(values, n, 2)!;
          const back = regroupValues(grouped, 12, 2)!;
          const sum = (v: number[]) => v.reduce((a, x) => a + toMinor(x, 2), 0);
          expect(sum(grouped)).toBe(sum(values));
          expect(sum(back)).toBe(sum(values));
        },
      ),
    );
    expect(regroupValues([1, 2, 3], 2, 2)).toBeNull();
  });

  it('clears a row', () => {
    expect(afterValues(clearRow(row), row.values)).toEqual([0, 0, 0, 0]);
  });

  it('refuses locked and derived rows', () => {
    const locked = { ...row, locked: true };
    for (const r of [
      setYearlyAmount(locked, 1),
      distributeNewTotal(locked, 1),
      clearRow(locked),
      copyFromRow(locked, row),
      copyFromLastYear(locked, [1, 1, 1, 1], 0),
    ]) {
      expect(r).toMatchObject({ ok: false, reason: 'locked', rows: ['Nora Berg'] });
    }
    const sum = makeRow(5, [1, 1, 1, 1], { derived: true });
    expect(clearRow(sum)).toMatchObject({ ok: false, reason: 'derived' });
    expect(setRowLocked(sum, true)).toMatchObject({ ok: false, reason: 'derived' });
  });

  it('locks and unlocks', () => {
    expect(setRowLocked(row, true)).toEqual({
      ok: true,
      action: {
        label: 'Locked Nora Berg.',
        cells: [],
        locks: [{ assignmentId: 1, before: false, after: true }],
      },
    });
    expect(setRowLocked(row, false)).toMatchObject({ ok: true, action: { locks: [] } });
  });
});

describe('row action labels (said when done, and after Undone: / Redone:)', () => {
  const label = (r: ActionResult) => (r.ok ? r.action.label : r.message);
  const months = makeRow(1, Array(12).fill(0), { label: 'Chloe Martin' });
  const fmt = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }).format(n);

  it('say what happened, as sentences', () => {
    expect(label(setYearlyAmount(months, 100_000.01, fmt))).toBe(
      'Split 100,000.01 evenly over Chloe Martin’s 12 months.',
    );
    expect(label(distributeNewTotal(months, 2_000_000.05, fmt))).toBe(
      'Distributed 2,000,000.05 over Chloe Martin’s 12 months.',
    );
    const source = makeRow(2, Array(12).fill(1), { label: 'Leo Russo' });
    expect(label(copyFromRow(months, source))).toBe('Copied Leo Russo’s targets to Chloe Martin.');
    expect(label(copyFromLastYear(months, Array(12).fill(1), 10, fmt))).toBe(
      'Copied last year’s targets to Chloe Martin, raised by 10 %.',
    );
    expect(label(copyFromLastYear(months, Array(12).fill(1), -2.5, fmt))).toBe(
      'Copied last year’s targets to Chloe Martin, lowered by 2.5 %.',
    );
    expect(label(copyFromLastYear(months, Array(12).fill(1), 0, fmt))).toBe(
      'Copied last year’s targets to Chloe Martin.',
    );
    expect(label(clearRow(source))).toBe('Set Leo Russo’s targets to 0.');
    expect(label(setRowLocked(source, true))).toBe('Locked Leo Russo.');
    expect(label(setRowLocked({ ...source, locked: true }, false))).toBe('Unlocked Leo Russo.');
    const year = makeRow(3, [0], { label: 'Ella Sand' });
    expect(label(setYearlyAmount(year, 5, fmt))).toBe('Split 5 evenly over Ella Sand’s year.');
  });
});

describe('copy from last year ± %: the row total is exact', () => {
  const minorSum = (values: readonly number[], decimals: number) =>
    values.reduce((a, v) => a + toMinor(v, decimals), 0);

  it('gives 2,000,000.05 + 1.5 % as 2,030,000.05, not each month rounded up on its own', () => {
    const ella = makeRow(1, Array(12).fill(0), { label: 'Ella Sand' });
    // Each of these months + 1.5 % ends in half a cent or more: rounded on their own, the year
    // came to 2,030,000.10.
    const lastYear = [...Array(11).fill(166_666.34), 166_670.31];
    expect(minorSum(lastYear, 2)).toBe(200_000_005);
    const next = afterValues(copyFromLastYear(ella, lastYear, 1.5), ella.values);
    expect(minorSum(next, 2)).toBe(203_000_005);
    // Each month is within one cent of its own value + 1.5 %.
    next.forEach((v, i) =>
      expect(Math.abs(toMinor(v, 2) - toMinor(lastYear[i], 2) * 1.015)).toBeLessThan(1),
    );
  });

  it('makes every row’s new total its old total ± percent, rounded half away from zero, whatever the periods (property)', () => {
    const counts = [1, 2, 4, 12] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(0, 2, 3), // counted targets (whole numbers), most currencies, KWD
        fc.constantFrom(...counts),
        fc.constantFrom(...counts),
        fc.oneof(
          fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 12, maxLength: 12 }),
          fc.array(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), {
            minLength: 12,
            maxLength: 12,
          }),
        ),
        fc.integer({ min: -100_000_000, max: 100_000_000 }), // percent × 10^6: −100 … +100 %
        (decimals, fromCount, toCount, minors, micro) => {
          const lastYear = minors.slice(0, fromCount).map((m) => m / 10 ** decimals);
          const percent = micro / 1_000_000;
          const row = makeRow(1, Array(toCount).fill(0), { decimals, currency: null });
          const next = afterValues(copyFromLastYear(row, lastYear, percent), row.values);
          const old = minorSum(lastYear, decimals);
          expect(minorSum(next, decimals)).toBe(scaleMinorByPercent(old, percent));
          // Whole units of the row, each within one unit of its own value ± percent.
          for (const v of next) expect(toMinor(v, decimals) / 10 ** decimals).toBe(v);
          // (For values of one sign: with negative ones the proportions can run far apart.)
          if (fromCount === toCount && old !== 0 && lastYear.every((v) => v >= 0))
            lastYear.forEach((v, i) => {
              const exact = (toMinor(v, decimals) * (100 + percent)) / 100;
              expect(Math.abs(toMinor(next[i], decimals) - exact)).toBeLessThan(1.5);
            });
        },
      ),
    );
  });
});

describe('a row its own rights forbid changing', () => {
  it('refuses every value action with the reason', () => {
    const row = makeRow(2, [1, 2], { label: 'Chloe Martin', restriction: 'Not your user group.' });
    for (const r of [clearRow(row), setYearlyAmount(row, 100)])
      expect(r).toMatchObject({
        ok: false,
        reason: 'restricted',
        message: 'Chloe Martin cannot be changed. Not your user group.',
      });
  });
});
