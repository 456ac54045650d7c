import { describe, expect, it } from 'vitest';
import { reversedRangeProblem } from './rangeValues.ts';

describe('"between" ranges', () => {
  it('refuse a From greater than To, for numbers and dates', () => {
    expect(reversedRangeProblem('number', 'between', ['10', '5'])).toBe(
      'From (10) is greater than To (5), so no number is between them. Swap them.',
    );
    expect(reversedRangeProblem('number', 'between', ['1 234,5', '999'])).toMatch(
      /^From \(1 234,5\)/,
    );
    expect(reversedRangeProblem('date', 'between', ['2026-12-01', '2026-01-01'])).toBe(
      'From is after To, so no date is between them. Swap them.',
    );
  });

  it('compare stored dates with a time by their day, also against a plain date', () => {
    const stored = ['2026-03-05T00:00:00', '2026-03-01T00:00:00'];
    expect(reversedRangeProblem('date', 'between', stored)).toMatch(/^From is after To/);
    expect(reversedRangeProblem('date', 'between', ['2026-03-05', stored[1]])).toMatch(
      /^From is after To/,
    );
    expect(
      reversedRangeProblem('date', 'between', ['2026-03-01T00:00:00', '2026-03-01']),
    ).toBeNull();
  });

  it('accept ranges in order, equal ends, and leave blanks, non-numbers and other operators alone', () => {
    expect(reversedRangeProblem('number', 'between', ['5', '10'])).toBeNull();
    expect(reversedRangeProblem('number', 'between', ['5', '5'])).toBeNull();
    expect(reversedRangeProblem('number', 'between', ['-10', '-2'])).toBeNull();
    expect(reversedRangeProblem('date', 'between', ['2026-01-01', '2026-01-01'])).toBeNull();
    expect(reversedRangeProblem('number', 'between', ['10', ''])).toBeNull();
    expect(reversedRangeProblem('number', 'between', ['10', '2x'])).toBeNull();
    expect(reversedRangeProblem('number', '>', ['10'])).toBeNull();
    expect(reversedRangeProblem('text', 'contains', ['b', 'a'])).toBeNull();
    expect(reversedRangeProblem(undefined, 'between', ['10', '5'])).toBeNull();
  });
});
