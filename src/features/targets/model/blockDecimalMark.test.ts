import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTsv } from './tsv.ts';

/** The matrix a paste reads, or the refusal's message. */
function read(text: string, locale: string) {
  const r = parseTsv(text, locale);
  return r.ok ? r.matrix : r.error.message;
}

describe('a pasted block is read in one number format', () => {
  it('takes the decimal mark from the cells that show it, for the whole block', () => {
    // A German sheet pasted by an en-GB planner: "2.000" is two thousand, as in "1.234,56".
    expect(read('1.234,56\t2.000\t15.000\t120.500', 'en-GB')).toEqual([
      [1234.56, 2000, 15000, 120500],
    ]);
    // The mirror: an English sheet pasted by a de-DE planner.
    expect(read('1,234.56\t2,000\t15,000\t120,500', 'de-DE')).toEqual([
      [1234.56, 2000, 15000, 120500],
    ]);
    // The telling cell can come last, or on another line.
    expect(read('2.000\n1.234.567', 'en-GB')).toEqual([[2000], [1234567]]);
    expect(read('2,000\t0,125', 'en-US')).toEqual([[2, 0.125]]);
  });

  it('follows the planner’s culture when no cell tells', () => {
    expect(read('2.000\t1.234', 'en-GB')).toEqual([[2, 1.234]]);
    expect(read('2.000\t1.234', 'de-DE')).toEqual([[2000, 1234]]);
    expect(read('1,500\t7', 'en-US')).toEqual([[1500, 7]]);
  });

  it('refuses a block whose cells write decimals both ways, naming both cells', () => {
    expect(read('1.234,56\t7\n1,234.56', 'en-GB')).toBe(
      'Row 2, column 1: "1,234.56" has a decimal point, but "1.234,56" (row 1, column 1) has a decimal comma: write all the copied numbers in one format and paste again.',
    );
    expect(read('12,5\t2.000\t12.50', 'de-DE')).toBe(
      'Row 1, column 3: "12.50" has a decimal point, but "12,5" (row 1, column 1) has a decimal comma: write all the copied numbers in one format and paste again.',
    );
  });

  it('reads a single mark after a space or apostrophe grouping as the decimal one', () => {
    // de-CH and it-CH group with an apostrophe (typographic or not) and write a decimal point.
    expect(read('3’673.651', 'it-IT')).toEqual([[3673.651]]);
    expect(read("-3'673.651", 'de-DE')).toEqual([[-3673.651]]);
    expect(read('1 234.567', 'de-DE')).toEqual([[1234.567]]);
    expect(read('1 234,567', 'en-US')).toEqual([[1234.567]]);
    // It tells the block's mark: "2.000" next to it is two.
    expect(read('3’673.651\t2.000', 'de-DE')).toEqual([[3673.651, 2]]);
    // A point after a space group is no grouping point, so more of them are no number.
    expect(read('1 234.567.890', 'de-DE')).toBe(
      'Row 1, column 1: "1 234.567.890" is not a number.',
    );
  });

  it('reads a mark after more than 3 digits as the decimal one (pl-PL, es-ES, it-CH)', () => {
    expect(read('1234,567', 'en-US')).toEqual([[1234.567]]);
    expect(read('1234.567', 'de-DE')).toEqual([[1234.567]]);
    expect(read('1234.567\t2,000', 'de-DE')).toEqual([[1234.567, 2000]]);
  });

  it('refuses a grouping whose groups are not 1 to 3 digits, then 3 each', () => {
    for (const text of ['12 34', '1 2345', '1234 567', "12'34.5", '1.23.456', '1234.567.890'])
      expect(read(text, 'de-DE')).toBe(`Row 1, column 1: "${text}" is not a number.`);
  });

  it('still names a cell that is no number as such', () => {
    expect(read('1.234,56\tabc', 'en-GB')).toBe('Row 1, column 2: "abc" is not a number.');
  });

  // Cultures whose sheets are pasted: decimal point or comma, grouped by ',', '.', spaces
  // (fr-FR, nb-NO, sv-SE), apostrophes (de-CH) or not at all below 10,000 (es-ES, pl-PL).
  const cultures = [
    'en-US',
    'en-GB',
    'de-DE',
    'de-CH',
    'fr-CH',
    'it-CH',
    'fr-FR',
    'nb-NO',
    'sv-SE',
    'es-ES',
    'it-IT',
    'pt-BR',
    'pl-PL',
    'ja-JP',
  ];
  // Up to 3 decimals (KWD, BHD), so "2.000" and "1.234" are as ambiguous as they get.
  const amount = fc
    .integer({ min: -999_999_999, max: 999_999_999 })
    .map((thousandths) => thousandths / 1000);

  it('reads back the numbers a sheet in any culture wrote, for a planner in any, when a cell tells (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cultures),
        fc.constantFrom(...cultures),
        // The telling cell: cents that are not a multiple of ten ("1.234,56").
        fc.integer({ min: 0, max: 9_999_999 }),
        fc.integer({ min: 1, max: 99 }).filter((c) => c % 10 !== 0),
        fc.array(fc.array(amount, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (writer, planner, whole, cents, block, at) => {
          const telling = (whole * 100 + cents) / 100;
          const lines = block.map((line) => [...line]);
          const row = at % lines.length;
          lines[row].splice(at % (lines[row].length + 1), 0, telling);
          const written = new Intl.NumberFormat(writer, { maximumFractionDigits: 3 });
          const text = lines
            .map((line) => line.map((v) => written.format(v)).join('\t'))
            .join('\n');
          const cols = Math.max(...lines.map((l) => l.length));
          const expected = lines.map((line) =>
            Array.from({ length: cols }, (_, c) => (c < line.length ? line[c] : null)),
          );
          expect(read(text, planner)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  // One '.' or ',' with 1 to 3 non-zero-led digits before it and exactly 3 after: "2.000",
  // "123,456". Only such a cell can be either a decimal or a grouped number.
  const AMBIGUOUS = /^[-−]?[1-9]\d{0,2}([.,])\d{3}$/;
  /** How the planner's culture reads an ambiguous cell: its own decimal mark is a decimal. */
  const byCulture = (text: string, planner: string) => {
    const [, mark] = AMBIGUOUS.exec(text) ?? [];
    const digits = text.replace(/[^\d]/g, '');
    const negative = /^[-−]/.test(text);
    const decimal = new Intl.NumberFormat(planner).formatToParts(1.5)[1].value === mark;
    const value = decimal ? Number(digits) / 1000 : Number(digits);
    return negative ? -value : value;
  };

  it('reads back a block a culture wrote with 0 to 3 decimals, for a planner of any culture, telling cell or not (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cultures),
        fc.constantFrom(...cultures),
        fc.integer({ min: 0, max: 3 }),
        fc.array(
          fc.array(fc.integer({ min: -99_999_999, max: 99_999_999 }), {
            minLength: 1,
            maxLength: 3,
          }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.boolean(),
        (writer, planner, decimals, block, typographic) => {
          const written = new Intl.NumberFormat(writer, {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
          });
          const lines = block.map((line) =>
            line.map((units) => {
              const value = units / 10 ** decimals;
              // A browser's ICU may write de-CH's apostrophe as the typographic one.
              const text = written.format(value);
              return { value, text: typographic ? text.replace(/'/g, '’') : text };
            }),
          );
          const text = lines.map((line) => line.map((c) => c.text).join('\t')).join('\n');
          // A cell with a mark that is not ambiguous tells the block's mark; without one, each
          // ambiguous cell is read by the planner's culture.
          const tells = lines.some((line) =>
            line.some((c) => /[.,]/.test(c.text) && !AMBIGUOUS.test(c.text)),
          );
          const cols = Math.max(...lines.map((l) => l.length));
          const expected = lines.map((line) =>
            Array.from({ length: cols }, (_, col) => {
              const cell = line[col];
              if (!cell) return null;
              return !tells && AMBIGUOUS.test(cell.text)
                ? byCulture(cell.text, planner)
                : cell.value;
            }),
          );
          expect(read(text, planner)).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
