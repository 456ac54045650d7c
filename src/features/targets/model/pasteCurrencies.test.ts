import { describe, expect, it } from 'vitest';
import { pasteLineCurrencies } from './pasteCurrencies.ts';
import { makeRow } from './testRows.ts';

const rows = [
  makeRow(1, [0, 0], { label: 'Lena Wolf', currency: 'EUR' }),
  makeRow(9, [0, 0], { label: 'All – Sales DACH', currency: 'EUR', derived: true }),
  makeRow(2, [0, 0], { label: 'Alma Fjeld', currency: 'USD' }),
  makeRow(3, [0, 0], { label: 'Visits', currency: null }),
];

describe('pasteLineCurrencies', () => {
  it('gives each line of a block the currency of the row it goes to, past sum rows', () => {
    const of = pasteLineCurrencies(rows, { top: 0, left: 0, bottom: 0, right: 0 }, false);
    expect([0, 1, 2, 3].map(of)).toEqual([['EUR'], ['USD'], [null], []]);
  });

  it('gives one value every currency of the rows it fills', () => {
    const of = pasteLineCurrencies(rows, { top: 0, left: 0, bottom: 3, right: 1 }, true);
    expect(of(0)).toEqual(['EUR', 'USD', null]);
  });
});
