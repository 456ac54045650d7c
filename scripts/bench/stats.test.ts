import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM helper without types
import { frameStats, median, medianOfRuns, quantile } from './stats.mjs';

describe('bench stats', () => {
  it('computes quantiles with interpolation', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20], 0.95)).toBeCloseTo(19.5);
  });
  it('summarises frame intervals', () => {
    const s = frameStats([16, 16, 17, 33, 16]);
    expect(s.p50).toBe(16);
    expect(s.over20).toBeCloseTo(0.2);
  });
  it('takes the median of every metric across runs', () => {
    expect(
      medianOfRuns([
        { a: 1, b: { c: 5 } },
        { a: 3, b: { c: 1 } },
        { a: 2, b: { c: 3 } },
      ]),
    ).toEqual({
      a: 2,
      b: { c: 3 },
    });
  });
});
