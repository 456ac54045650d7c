import { describe, expect, it } from 'vitest';
import { foreignCurrency, parseLocaleNumber } from './numberText.ts';

describe('parseLocaleNumber with the row’s currency', () => {
  const own: [string, string, string | null, number][] = [
    ['€ 1.234,00', 'de-DE', 'EUR', 1234],
    ['1.234,00 €', 'de-DE', 'EUR', 1234],
    ['$1,234.00', 'en-US', 'USD', 1234],
    ['(1,234)', 'en-US', 'USD', -1234],
    ['-$1,234', 'en-US', 'USD', -1234],
    ['kr 1 234,50', 'nb-NO', 'NOK', 1234.5],
    ['1 234,50 kr', 'nb-NO', 'NOK', 1234.5],
    ['1 234,50 NOK', 'nb-NO', 'NOK', 1234.5],
    ['200 nok', 'nb-NO', 'NOK', 200],
    ['EUR 1,000', 'en-US', 'EUR', 1000],
    ['€1,000', 'en-US', 'EUR', 1000],
    ['1 234,50', 'nb-NO', 'NOK', 1234.5],
    ['1.234,50', 'de-DE', 'EUR', 1234.5],
    ['1.23E+05', 'en-US', 'EUR', 123000],
    ['(1,234)', 'en-US', null, -1234],
  ];
  it.each(own)('%s (%s, %s) → %s', (text, locale, currency, expected) => {
    expect(parseLocaleNumber(text, locale, currency)).toBe(expected);
    expect(foreignCurrency(text, locale, currency)).toBeNull();
  });

  const foreign: [string, string, string | null, string][] = [
    ['$1,000', 'en-US', 'EUR', '$'],
    ['¥500', 'en-US', 'EUR', '¥'],
    ['200 NOK', 'en-US', 'EUR', 'NOK'],
    ['kr 200', 'nb-NO', 'EUR', 'kr'],
    ['(£1,000)', 'en-GB', 'EUR', '£'],
    ['€ 1.234,00', 'de-DE', null, '€'],
    ['100 EUR', 'nb-NO', null, 'EUR'],
  ];
  it.each(foreign)('%s (%s, %s) is another currency: %s', (text, locale, currency, mark) => {
    expect(parseLocaleNumber(text, locale, currency)).toBeUndefined();
    expect(foreignCurrency(text, locale, currency)).toBe(mark);
  });

  it('refuses codes that are no currency, and names no currency for them', () => {
    // "all" and "top" spell ISO codes (ALL, TOP) but are words: "not a number", not a currency.
    for (const text of ['200 XYZ', '7 PCS', 'abc', 'EUR', '100 all', 'top 5']) {
      expect(parseLocaleNumber(text, 'en-US', 'EUR')).toBeUndefined();
      expect(foreignCurrency(text, 'en-US', 'EUR')).toBeNull();
    }
  });

  it('takes "$" as the dollar only where the culture writes it so (not AUD in en-US)', () => {
    expect(parseLocaleNumber('$100', 'en-AU', 'AUD')).toBe(100);
    expect(parseLocaleNumber('$100', 'en-US', 'AUD')).toBeUndefined();
  });
});
