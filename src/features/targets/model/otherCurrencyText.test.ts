import { describe, expect, it } from 'vitest';
import { otherCurrencyText } from './otherCurrencyText.ts';

describe('otherCurrencyText', () => {
  it('says what the row takes: its code, its sign as the culture writes it, or no sign', () => {
    // "kr" is NOK's sign in nb-NO only; en-US writes NOK as its code.
    expect(
      otherCurrencyText({
        subject: '"kr 200"',
        text: 'kr 200',
        mark: 'kr',
        currency: 'NOK',
        locale: 'en-US',
      }),
    ).toBe(
      '"kr 200" is in another currency (kr) than its row, which is in NOK. Write it as 200 NOK or just 200.',
    );
    expect(
      otherCurrencyText({
        subject: '"$1,000"',
        text: '$1,000',
        mark: '$',
        currency: 'EUR',
        locale: 'en-US',
      }),
    ).toBe(
      '"$1,000" is in another currency ($) than its row, which is in EUR. Write it as €1,000, 1,000 EUR or just 1,000.',
    );
    // nb-NO writes its sign after the amount.
    expect(
      otherCurrencyText({
        subject: '"200 €"',
        text: '200 €',
        mark: '€',
        currency: 'NOK',
        locale: 'nb-NO',
      }),
    ).toBe(
      '"200 €" is in another currency (€) than its row, which is in NOK. Write it as 200 kr, 200 NOK or just 200.',
    );
  });

  it('keeps the caller’s context and the amount as written', () => {
    expect(
      otherCurrencyText({
        subject: 'Line 2 (Ingrid Dahl), column Q1: "USD 1 234,50"',
        text: 'USD 1 234,50',
        mark: 'USD',
        currency: 'NOK',
        locale: 'en-US',
      }),
    ).toBe(
      'Line 2 (Ingrid Dahl), column Q1: "USD 1 234,50" is in another currency (USD) than its row, which is in NOK. Write it as 1 234,50 NOK or just 1 234,50.',
    );
  });

  it('tells a count row’s value to go without a currency', () => {
    expect(
      otherCurrencyText({
        subject: '"200 NOK"',
        text: '200 NOK',
        mark: 'NOK',
        currency: null,
        locale: 'en-US',
      }),
    ).toBe('"200 NOK" has a currency (NOK), and its row counts without one. Write it as just 200.');
  });
});
