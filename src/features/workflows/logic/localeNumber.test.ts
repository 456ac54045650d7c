import { describe, expect, it } from 'vitest';
import { formatLocaleDecimal, localeDecimalText } from './localeNumber.ts';

describe('numbers in the user’s culture', () => {
  it('read a typed number as the culture writes it', () => {
    expect(localeDecimalText('50,000', 'en-US')).toBe('50000');
    expect(localeDecimalText('50.000', 'de-DE')).toBe('50000');
    expect(localeDecimalText('50.000', 'nb-NO')).toBe('50000');
    expect(localeDecimalText('50\u00a0000', 'nb-NO')).toBe('50000');
    expect(localeDecimalText('50.5', 'en-US')).toBe('50.5');
    expect(localeDecimalText('50,5', 'de-DE')).toBe('50.5');
    expect(localeDecimalText('50,5', 'nb-NO')).toBe('50.5');
    expect(localeDecimalText('1,234,567.25', 'en-US')).toBe('1234567.25');
    expect(localeDecimalText('1.234.567,25', 'de-DE')).toBe('1234567.25');
    expect(localeDecimalText('−1 234,5', 'nb-NO')).toBe('-1234.5');
  });

  it('read marks that cannot be the culture’s grouping as decimalText does', () => {
    expect(localeDecimalText('1 234,5', 'en-US')).toBe('1234.5');
    expect(localeDecimalText('1,5', 'en-US')).toBe('1.5');
    expect(localeDecimalText('0.5', 'de-DE')).toBe('0.5');
    // A first group of 0 is no grouping: "0.500" is half, not five hundred.
    expect(localeDecimalText('0.500', 'de-DE')).toBe('0.5');
    expect(localeDecimalText('0,500', 'en-US')).toBe('0.5');
    expect(localeDecimalText('-0.250', 'nb-NO')).toBe('-0.25');
    expect(localeDecimalText('000.001', 'de-DE')).toBe('0.001');
    expect(localeDecimalText('', 'de-DE')).toBeNull();
    expect(localeDecimalText('lots', 'de-DE')).toBe('');
  });

  it('never lose a digit of a long number', () => {
    expect(localeDecimalText('99.999.999.999.999.999.999.999', 'de-DE')).toBe(
      '99999999999999999999999',
    );
    expect(formatLocaleDecimal('12345678901234567.0000000000000000000000001', 'en-US')).toBe(
      '12,345,678,901,234,567.0000000000000000000000001',
    );
  });

  it('round-trip: what is shown reads back as the same number', () => {
    for (const locale of ['en-US', 'de-DE', 'nb-NO'])
      for (const value of ['50000', '1234.5', '-0.25', '99999999999999999999999', '7']) {
        expect(localeDecimalText(formatLocaleDecimal(value, locale) ?? '', locale)).toBe(value);
      }
  });

  it('show a number grouped', () => {
    expect(formatLocaleDecimal('50000', 'en-US')).toBe('50,000');
    expect(formatLocaleDecimal('50000', 'de-DE')).toBe('50.000');
    expect(formatLocaleDecimal('50000', 'nb-NO')).toBe('50\u00a0000');
    expect(formatLocaleDecimal('soon', 'nb-NO')).toBeNull();
  });
});
