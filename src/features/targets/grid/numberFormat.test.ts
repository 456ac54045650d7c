import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../model/numberText.ts';
import { editText, moneyFormat, numberFormat } from './numberFormat.ts';

describe('numberFormat and editText', () => {
  it('show a 3-decimal currency value (KWD) with all its decimals, in the grid and the editor', () => {
    expect(numberFormat('en-US').format(1234.125)).toBe('1,234.125');
    expect(numberFormat('de-DE').format(1234.125)).toBe('1.234,125');
    expect(numberFormat('nb-NO').format(1.234)).toBe('1,234');
    expect(editText(1234.125, 'de-DE')).toBe('1234,125');
    expect(editText(1.234, 'en-US')).toBe('1.234');
  });

  it('gives the editor text that reads back as the same value', () => {
    for (const locale of ['en-US', 'de-DE', 'nb-NO'])
      for (const v of [1.234, 0.125, 1234.125, 2000.5, 7, -3.075])
        expect(parseLocaleNumber(editText(v, locale), locale)).toBe(v);
  });

  it('writes a whole amount without decimals and one with a fraction with all its cents', () => {
    expect(moneyFormat('en-US')(19800)).toBe('19,800');
    expect(moneyFormat('en-US')(70056.5)).toBe('70,056.50');
    expect(moneyFormat('en-US')(79849.35)).toBe('79,849.35');
    expect(moneyFormat('en-US')(-0.5)).toBe('-0.50');
    expect(moneyFormat('de-DE')(70056.5)).toBe('70.056,50');
    expect(moneyFormat('en-US')(1.234)).toBe('1.234');
  });

  it('writes a fraction with all of its currency’s decimals: KWD 1.200, NOK 1.20, JPY whole', () => {
    expect(moneyFormat('en-US', 3)(1.2)).toBe('1.200');
    expect(moneyFormat('de-DE', 3)(1234.5)).toBe('1.234,500');
    expect(moneyFormat('en-US', 3)(19800)).toBe('19,800');
    expect(moneyFormat('en-US', 2)(1.2)).toBe('1.20');
    expect(moneyFormat('en-US', 0)(1200)).toBe('1,200');
    // The same formatter each time: the grid asks per row, and rows compare it by identity.
    expect(moneyFormat('en-US', 3)).toBe(moneyFormat('en-US', 3));
  });
});
