import { describe, expect, it } from 'vitest';
import { currencyDecimalsFromList } from './currencyDecimals.ts';

describe('currencyDecimalsFromList', () => {
  it('reads decimals from ExtraInfo and skips items without them', () => {
    const map = currencyDecimalsFromList([
      { Id: 1, Name: 'NOK', ExtraInfo: 'decimals=2;default' },
      { Id: 5, Name: 'JPY', ExtraInfo: 'decimals=0' },
      { Id: 6, Name: 'XYZ', ExtraInfo: '' },
    ]);
    expect([...map]).toEqual([
      ['NOK', 2],
      ['JPY', 0],
    ]);
    expect(currencyDecimalsFromList(undefined).size).toBe(0);
  });
});
