import { describe, expect, it } from 'vitest';
import { decimalText, parseDecimal } from './parseDecimal.ts';

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

describe('decimalText', () => {
  it('writes what parseDecimal reads plainly, every digit kept', () => {
    expect(decimalText('1 234,50')).toBe('1234.5');
    expect(decimalText('99999999999999999999999')).toBe('99999999999999999999999');
    expect(decimalText('+007')).toBe('7');
    expect(decimalText('-0,0')).toBe('0');
    expect(decimalText(',5')).toBe('0.5');
    expect(decimalText('-1.000.000')).toBe('-1000000');
    expect(decimalText('  ')).toBeNull();
    expect(decimalText('12abc')).toBe('');
  });
});
