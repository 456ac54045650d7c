import { describe, expect, it } from 'vitest';
import { totalsFooterText } from './totalsFooterText.ts';

describe('totalsFooterText', () => {
  it('is plain when every user has the same currency (or none)', () => {
    expect(
      totalsFooterText({ totalsOf: 'user', totalsCurrency: 'NOK', otherCurrencies: [] }),
    ).toEqual({
      label: 'Total of users',
      note: null,
    });
    expect(
      totalsFooterText({ totalsOf: 'user', totalsCurrency: null, otherCurrencies: [] }).note,
    ).toBeNull();
  });

  it('names the currency totalled and the ones left out', () => {
    const t = totalsFooterText({
      totalsOf: 'user',
      totalsCurrency: 'NOK',
      otherCurrencies: ['EUR', 'JPY', 'USD'],
    });
    expect(t.label).toBe('Total of users in NOK');
    expect(t.note).toBe(
      'The totals add up the users with targets in NOK; users in EUR, JPY and USD are not added, as amounts in different currencies do not add up.',
    );
  });

  it('names the user groups when the type has no user rows (company and group level only)', () => {
    expect(
      totalsFooterText({ totalsOf: 'group', totalsCurrency: null, otherCurrencies: [] }),
    ).toEqual({ label: 'Total of user groups', note: null });
    const t = totalsFooterText({
      totalsOf: 'group',
      totalsCurrency: 'EUR',
      otherCurrencies: ['NOK'],
    });
    expect(t.label).toBe('Total of user groups in EUR');
    expect(t.note).toBe(
      'The totals add up the user groups with targets in EUR; user groups in NOK are not added, as amounts in different currencies do not add up.',
    );
  });

  it('says how many rows it leaves out as their figures are not shown', () => {
    const t = totalsFooterText({
      totalsOf: 'user',
      totalsCurrency: 'NOK',
      otherCurrencies: [],
      totalsNotShown: 1,
    });
    expect(t.label).toBe('Total of users');
    expect(t.notShown).toEqual({ text: '1 user not shown', short: '1 not shown' });
    expect(
      totalsFooterText({
        totalsOf: 'group',
        totalsCurrency: null,
        otherCurrencies: [],
        totalsNotShown: 2,
      }).notShown?.text,
    ).toBe('2 user groups not shown');
  });
});
