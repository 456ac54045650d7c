import fc from 'fast-check';
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

describe('parseLocaleNumber with a currency symbol of letters ("R$", "zł", "Kč", "kr")', () => {
  const own: [string, string, string, number][] = [
    ['R$ 1.234,56', 'pt-BR', 'BRL', 1234.56],
    ['-R$ 1.234,56', 'pt-BR', 'BRL', -1234.56],
    ['R$ 1.234,56', 'en-US', 'BRL', 1234.56],
    ['1 234,56 zł', 'pl-PL', 'PLN', 1234.56],
    ['1 234,56 zł', 'en-US', 'PLN', 1234.56],
    ['-1234,56 zł', 'pl-PL', 'PLN', -1234.56],
    ['zł 1,234.56', 'en-GB', 'PLN', 1234.56],
    ["CHF 1'234.50", 'de-CH', 'CHF', 1234.5],
    ["(CHF 1'234.50)", 'en-US', 'CHF', -1234.5],
    ['-CHF 1’234.50', 'de-DE', 'CHF', -1234.5],
    ['1 234,56 Kč', 'cs-CZ', 'CZK', 1234.56],
    ['1 234,56 Kč', 'en-US', 'CZK', 1234.56],
    ['Kč 200', 'de-DE', 'CZK', 200],
    // "kr" is NOK's, SEK's and DKK's sign (nb-NO, sv-SE, da-DK): an en-US planner means the row's.
    ['kr 1,234.50', 'en-US', 'NOK', 1234.5],
    ['1 234,50 kr', 'en-US', 'SEK', 1234.5],
    ['1.234,50 kr.', 'en-US', 'DKK', 1234.5],
    ['1.234,50 kr', 'de-DE', 'DKK', 1234.5],
    ['-kr 200', 'en-US', 'NOK', -200],
    ['(kr 200)', 'en-US', 'SEK', -200],
    ['1 234,56 Ft', 'hu-HU', 'HUF', 1234.56],
    ['1,234.56 Ft', 'en-US', 'HUF', 1234.56],
    ['US$1,234.56', 'pt-BR', 'USD', 1234.56],
    ['1 234,56 BRL', 'pl-PL', 'BRL', 1234.56],
  ];
  it.each(own)('%s (%s, %s) → %s', (text, locale, currency, expected) => {
    expect(parseLocaleNumber(text, locale, currency)).toBe(expected);
    expect(foreignCurrency(text, locale, currency)).toBeNull();
  });

  const foreign: [string, string, string | null, string][] = [
    ['R$ 1.234,56', 'pt-BR', 'EUR', 'R$'],
    ['R$ 1.234,56', 'en-US', 'USD', 'R$'],
    ['1 234,56 zł', 'pl-PL', 'EUR', 'zł'],
    ['1 234,56 zł', 'en-US', 'NOK', 'zł'],
    ['-1 234,56 Kč', 'cs-CZ', 'EUR', 'Kč'],
    ['1 234,56 Ft', 'en-US', 'EUR', 'Ft'],
    ["CHF 1'234.50", 'de-CH', 'EUR', 'CHF'],
    ['R$ 200', 'en-US', null, 'R$'],
    ['1.234,56 zł', 'de-DE', null, 'zł'],
    // Where the planner's culture writes "kr" for its own krone, a "kr" amount is that krone.
    ['kr 200', 'sv-SE', 'NOK', 'kr'],
    ['200 kr.', 'da-DK', 'SEK', 'kr.'],
  ];
  it.each(foreign)('%s (%s, %s) is another currency: %s', (text, locale, currency, mark) => {
    expect(parseLocaleNumber(text, locale, currency)).toBeUndefined();
    expect(foreignCurrency(text, locale, currency)).toBe(mark);
  });

  it('reads a letter or two after a number as no currency ("5K", "1.5m", "12 st")', () => {
    for (const text of ['5K', '1.5m', '5 K', '12 st', 'zł', 'R$']) {
      expect(parseLocaleNumber(text, 'en-US', 'PLN')).toBeUndefined();
      expect(foreignCurrency(text, 'en-US', 'EUR')).toBeNull();
    }
  });

  // Cultures writing these currencies with letters, and their digits as the general rules read.
  const written: [string, string][] = [
    ['BRL', 'pt-BR'],
    ['PLN', 'pl-PL'],
    ['CHF', 'de-CH'],
    ['CHF', 'fr-CH'],
    ['CZK', 'cs-CZ'],
    ['NOK', 'nb-NO'],
    ['SEK', 'sv-SE'],
    ['DKK', 'da-DK'],
    ['HUF', 'hu-HU'],
    ['IDR', 'id-ID'],
    ['MYR', 'ms-MY'],
    ['BGN', 'bg-BG'],
    ['RON', 'ro-RO'],
    ['USD', 'pt-BR'],
    ['BRL', 'en-US'],
  ];
  it('reads an amount in the row’s currency as a culture writes it (or with the code before or after), for a planner of that culture or of en-US', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...written),
        fc.constantFrom('en-US', null),
        fc.integer({ min: -9_999_999_999, max: 9_999_999_999 }),
        fc.constantFrom('symbol', 'code before', 'code after'),
        ([currency, culture], planner, cents, how) => {
          const amount = cents / 100;
          const format = new Intl.NumberFormat(culture, { style: 'currency', currency });
          const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
          // As many decimals as the currency has, no more: 122.5 HUF is written "122,5" otherwise.
          const number = new Intl.NumberFormat(culture, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          });
          const text =
            how === 'symbol'
              ? format.format(amount)
              : how === 'code before'
                ? `${currency} ${number.format(amount)}`
                : `${number.format(amount)} ${currency}`;
          const locale = planner ?? culture;
          const shown = Number(amount.toFixed(digits));
          // A whole "1.234" written by id-ID is a thousand there, but 1.234 for en-US.
          if (digits === 0 && Math.abs(shown) >= 1000 && locale !== culture) return;
          expect(parseLocaleNumber(text, locale, currency)).toBeCloseTo(shown, digits);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('refuses an amount a culture writes in another currency than the row’s, naming its sign', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...written),
        fc.constantFrom(...written.map(([currency]) => currency)),
        fc.constantFrom('en-US', null),
        fc.integer({ min: 1, max: 9_999_999_999 }),
        ([currency, culture], row, planner, cents) => {
          const text = new Intl.NumberFormat(culture, { style: 'currency', currency }).format(
            cents / 100,
          );
          // "kr" is the sign of every krone: in a SEK row, an en-US planner's "kr" is SEK.
          const kroner = ['NOK', 'SEK', 'DKK'];
          if (row === currency || (kroner.includes(row) && kroner.includes(currency))) return;
          const locale = planner ?? culture;
          expect(parseLocaleNumber(text, locale, row)).toBeUndefined();
          const mark = foreignCurrency(text, locale, row);
          expect(mark).not.toBeNull();
          expect(text).toContain(mark);
        },
      ),
      { numRuns: 400 },
    );
  });
});
