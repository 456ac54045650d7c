import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTsv, parseNumberCell, parseTsv, splitTsv } from './tsv.ts';

describe('splitTsv', () => {
  it('splits tabs and CRLF / LF lines and ignores one trailing newline', () => {
    expect(splitTsv('1\t2\r\n3\t4\r\n')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitTsv('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(splitTsv('a\t\tb\n')).toEqual([['a', '', 'b']]);
    expect(splitTsv('\n')).toEqual([['']]);
  });

  it('reads quoted cells with quotes, tabs and line breaks', () => {
    expect(splitTsv('"a ""b"""\t"x\ty"\n"line\nbreak"\t1')).toEqual([
      ['a "b"', 'x\ty'],
      ['line\nbreak', '1'],
    ]);
    expect(splitTsv('"unterminated\t1')).toEqual([['"unterminated', '1']]);
  });
});

describe('parseNumberCell', () => {
  const cases: [string, string, number | null | undefined][] = [
    ['1234', 'en', 1234],
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'de', 1234.5],
    ['1.234,5', 'en', 1234.5],
    ['1 234,50', 'fr', 1234.5],
    ['1\u00a0234,50', 'nb', 1234.5],
    ['1\u202f234,50', 'fr', 1234.5],
    ["1'234.50", 'de-CH', 1234.5],
    ['12,5', 'en', 12.5],
    ['12.5', 'de', 12.5],
    ['1,234', 'en', 1234],
    ['1,234', 'de', 1.234],
    ['1.234', 'de', 1234],
    ['1.234', 'en', 1.234],
    ['0,125', 'en', 0.125],
    ['1.234.567', 'en', 1234567],
    ['1,234,567.89', 'en', 1234567.89],
    ['-1 000', 'nb', -1000],
    ['−1 000', 'nb', -1000],
    ['(1,000.00)', 'en', -1000],
    ['1000-', 'en', -1000],
    ['1.5E+06', 'en', 1500000],
    ['', 'en', null],
    ['   ', 'en', null],
    ['abc', 'en', undefined],
    ['NOK', 'en', undefined],
    ['$1,234.00', 'en', undefined],
    ['1,23,456', 'en', undefined],
    ['1.2.3,4.5', 'en', undefined],
    ['12%', 'en', undefined],
    ['-', 'en', undefined],
  ];
  it.each(cases)('%s (%s) → %s', (text, locale, expected) => {
    expect(parseNumberCell(text, locale)).toBe(expected);
  });

  it('reads back what Intl formats, for several cultures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.constantFrom('en-US', 'de-DE', 'fr-FR', 'nb-NO', 'de-CH', 'sv-SE', 'en-GB'),
        (cents, locale) => {
          const value = cents / 100;
          const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(value);
          expect(parseNumberCell(text, locale)).toBe(value);
        },
      ),
    );
  });
});

describe('parseTsv', () => {
  it('parses a block from Excel with blanks as null and pads ragged rows', () => {
    const r = parseTsv('1 000\t2,5\r\n\t-3\r\n4\r\n', 'nb');
    expect(r).toEqual({
      ok: true,
      rows: 3,
      cols: 2,
      matrix: [
        [1000, 2.5],
        [null, -3],
        [4, null],
      ],
    });
  });

  it('names the first bad cell', () => {
    const r = parseTsv('1\t2\n3\tabc\tx', 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({ row: 1, col: 1, text: 'abc' });
      expect(r.error.message).toBe('Row 2, column 2: "abc" is not a number.');
    }
  });

  it('refuses an amount larger than a target can be', () => {
    const r = parseTsv('1\t23750001000000', 'en');
    expect(!r.ok && r.error.message).toBe(
      'Row 1, column 2: "23750001000000" is larger than a target can be.',
    );
    expect(parseTsv('100000000000', 'en').ok).toBe(true);
  });

  it('reads the row’s own currency, and refuses another one naming it', () => {
    const eur = () => ['EUR'];
    expect(parseTsv('€ 1.234,00\t1.000 EUR', 'de-DE', eur)).toMatchObject({
      ok: true,
      matrix: [[1234, 1000]],
    });
    expect(parseTsv('kr 1 234,50\t200 NOK', 'nb-NO', () => ['NOK'])).toMatchObject({
      ok: true,
      matrix: [[1234.5, 200]],
    });
    const byLine = (line: number) => [line === 0 ? 'EUR' : 'USD'];
    const r = parseTsv('€1,000\t2\n$1,000', 'en-US', byLine);
    expect(r.ok).toBe(true);
    const usd = parseTsv('1\t2\n€1,000', 'en-US', byLine);
    expect(!usd.ok && usd.error).toMatchObject({
      row: 1,
      col: 0,
      problem: { mark: '€', currency: 'USD' },
      message:
        'Row 2, column 1: "€1,000" is in another currency (€) than its row, which is in USD. Write it as $1,000, 1,000 USD or just 1,000.',
    });
    const count = parseTsv('7 NOK', 'nb-NO', () => [null]);
    expect(!count.ok && count.error.problem).toEqual({ mark: 'NOK', currency: null });
    const pieces = parseTsv('7 PCS', 'en-US', eur);
    expect(!pieces.ok && pieces.error.problem).toBe('is not a number');
    // One value fills rows in EUR and USD: it must fit both.
    const both = parseTsv('€5', 'en-US', () => ['EUR', 'USD']);
    expect(!both.ok && both.error.problem).toEqual({ mark: '€', currency: 'USD' });
  });

  it('reads a currency symbol of letters when it is the row’s, and names it when it is not', () => {
    expect(parseTsv('R$ 1.234,56\t-R$ 5,00\tBRL 7', 'pt-BR', () => ['BRL'])).toMatchObject({
      ok: true,
      matrix: [[1234.56, -5, 7]],
    });
    // Copied from Polish, Czech, Swiss and Scandinavian sheets by an en-US planner (each sheet
    // pasted on its own: one block mixing decimal commas and points is refused, see
    // blockDecimalMark.test).
    const sheets = [
      ['1 234,56 zł', 'PLN', 1234.56],
      ['1 234,56 Kč', 'CZK', 1234.56],
      ['CHF 1’234.50', 'CHF', 1234.5],
      ['kr 1 234,50', 'NOK', 1234.5],
    ] as const;
    for (const [text, currency, value] of sheets)
      expect(parseTsv(text, 'en-US', () => [currency])).toMatchObject({
        ok: true,
        matrix: [[value]],
      });
    const eur = parseTsv('1\t1 234,56 zł', 'de-DE', () => ['EUR']);
    expect(!eur.ok && eur.error).toMatchObject({
      problem: { mark: 'zł', currency: 'EUR' },
      message:
        'Row 1, column 2: "1 234,56 zł" is in another currency (zł) than its row, which is in EUR. Write it as 1 234,56 €, 1 234,56 EUR or just 1 234,56.',
    });
  });

  it('reads any currency on a line that goes to no row (it is left out, not refused)', () => {
    const lastIsEur = (line: number) => (line === 0 ? ['EUR'] : ('any' as const));
    expect(parseTsv('€5\n€6', 'en-US', lastIsEur)).toMatchObject({ ok: true, matrix: [[5], [6]] });
    expect(parseTsv('$1,000\tabc', 'en-US', () => 'any')).toMatchObject({
      ok: false,
      error: { col: 1, problem: 'is not a number' },
    });
  });
});

describe('formatTsv', () => {
  it('formats for the clipboard and round-trips through parseTsv', () => {
    expect(
      formatTsv([
        [1234.5, null],
        ['a\tb', 2],
      ]),
    ).toBe('1234.5\t\r\n"a\tb"\t2');
    expect(formatTsv([[1234.5]], 'de')).toBe('1234,5');
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.option(fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100)), {
            minLength: 1,
            maxLength: 5,
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.constantFrom('en', 'de', 'nb'),
        (matrix, locale) => {
          const width = Math.max(...matrix.map((r) => r.length));
          const padded = matrix.map((r) => [...r, ...new Array<null>(width - r.length).fill(null)]);
          const text = formatTsv(padded, locale);
          const r = parseTsv(text, locale);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.matrix).toEqual(padded);
        },
      ),
    );
  });
});
