import { describe, expect, it } from 'vitest';
import { pasteLineCurrencies } from './pasteCurrencies.ts';
import { makeRow } from './testRows.ts';

const rows = [
  makeRow(1, [0, 0], { label: 'Lena Wolf', currency: 'EUR' }),
  makeRow(9, [0, 0], { label: 'All – Sales DACH', currency: 'EUR', derived: true }),
  makeRow(2, [0, 0], { label: 'Alma Fjeld', currency: 'USD', groupId: 2 }),
  makeRow(3, [0, 0], { label: 'Visits', currency: null, groupId: 3 }),
];
const lines = (n: number) => Array.from({ length: n }, (_, i) => [i + 1, i + 1]);

describe('pasteLineCurrencies', () => {
  it('gives each line of a block the currency of the row it goes to, past sum rows', () => {
    const of = pasteLineCurrencies(rows, { top: 0, left: 0, bottom: 0, right: 0 }, false, lines(4));
    expect([0, 1, 2, 3].map(of)).toEqual([['EUR'], ['USD'], [null], 'any']);
  });

  it('follows a line that is a sum row’s own figures onto that row (the next line goes on after it)', () => {
    // Line 2 is Lena's figures summed: it stays on "All – Sales DACH", so line 3 goes to Alma
    // (USD), not to the count row. Read as "the next row that is not a sum", "€2" was checked
    // against the wrong row, and pasted into the USD row as euros.
    const block = [
      [10, 10],
      [10, 10],
      [2, 2],
    ];
    const of = pasteLineCurrencies(rows, { top: 0, left: 0, bottom: 0, right: 0 }, false, block);
    expect([0, 1, 2].map(of)).toEqual([['EUR'], ['EUR'], ['USD']]);
  });

  it('reads any currency on a line past the last row (it is left out)', () => {
    const of = pasteLineCurrencies(rows, { top: 3, left: 0, bottom: 3, right: 0 }, false, lines(2));
    expect([0, 1].map(of)).toEqual([[null], 'any']);
  });

  it('gives one value every currency of the rows it fills', () => {
    const of = pasteLineCurrencies(rows, { top: 0, left: 0, bottom: 3, right: 1 }, true, [[5]]);
    expect(of(0)).toEqual(['EUR', 'USD', null]);
  });
});
