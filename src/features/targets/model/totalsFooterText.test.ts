import { describe, expect, it } from 'vitest';
import { totalsFooterText } from './totalsFooterText.ts';

describe('totalsFooterText', () => {
  it('is plain when every user has the same currency (or none)', () => {
    expect(totalsFooterText({ totalsCurrency: 'NOK', otherCurrencies: [] })).toEqual({
      label: 'Total of users',
      note: null,
    });
    expect(totalsFooterText({ totalsCurrency: null, otherCurrencies: [] }).note).toBeNull();
  });

  it('names the currency totalled and the ones left out', () => {
    const t = totalsFooterText({ totalsCurrency: 'NOK', otherCurrencies: ['EUR', 'JPY', 'USD'] });
    expect(t.label).toBe('Total of users in NOK');
    expect(t.note).toBe(
      'The totals add up the users with targets in NOK; users in EUR, JPY and USD are not added, as amounts in different currencies do not add up.',
    );
  });
});
