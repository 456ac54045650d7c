import { describe, expect, it } from 'vitest';
import { parseDecimal } from './parseDecimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['-12,5', -12.5],
    ['0', 0],
    ['', null],
    ['  ', null],
  ])('%s → %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it('returns NaN for text that is not a number', () => {
    expect(parseDecimal('12abc')).toBeNaN();
    expect(parseDecimal('1-2')).toBeNaN();
  });
});
