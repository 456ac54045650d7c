import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyDecimals, fromMinor, roundToUnit, sumValues, toMinor } from './money.ts';

describe('money', () => {
  it('knows currency decimals', () => {
    expect(currencyDecimals('JPY')).toBe(0);
    expect(currencyDecimals('NOK')).toBe(2);
    expect(currencyDecimals('eur')).toBe(2);
    expect(currencyDecimals(null)).toBe(2);
    expect(currencyDecimals('not a code')).toBe(2);
  });

  it('rounds half away from zero on the decimal value, not the binary one', () => {
    expect(toMinor(1.005, 2)).toBe(101);
    expect(toMinor(-1.005, 2)).toBe(-101);
    expect(toMinor(0.125, 2)).toBe(13);
    expect(toMinor(1234.5, 0)).toBe(1235);
    expect(toMinor(1e-7, 2)).toBe(0);
    expect(toMinor(-0.001, 2)).toBe(0);
    expect(Object.is(toMinor(-0.001, 2), -0)).toBe(false);
    expect(fromMinor(101, 2)).toBe(1.01);
    expect(roundToUnit(2.675, 2)).toBe(2.68);
  });

  it('sums exactly where floats do not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumValues([0.1, 0.2], 2)).toBe(0.3);
    expect(sumValues(new Array(12).fill(8.33), 2)).toBe(99.96);
  });

  it('round-trips any amount of minor units', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 0, max: 3 }), (m, d) => {
        expect(toMinor(fromMinor(m, d), d)).toBe(m);
      }),
    );
  });

  it('the fast path agrees with decimal rounding, ties included', () => {
    // Reference: shift the decimal point in the shortest decimal text, then round half away.
    const reference = (v: number, d: number) => {
      const r = Math.round(Number(`${Math.abs(v)}e${d}`));
      return v < 0 ? -r || 0 : r;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom(0, 1, 2, 3),
        (thousandths, d) => {
          const v = thousandths / 1000;
          expect(toMinor(v, d)).toBe(reference(v, d));
          expect(toMinor(v + 0.0005, 2)).toBe(reference(v + 0.0005, 2));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects non-finite amounts', () => {
    expect(() => toMinor(Number.NaN, 2)).toThrow(RangeError);
  });
});
