import { otherMark, parseAnyCurrency, type DecimalMark } from './numberText.ts';

/** A cell of a pasted block that shows which decimal mark the block's numbers are written with. */
export interface TellingCell {
  /** 0-based line and column in the block. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly mark: DecimalMark;
}

/**
 * The only decimal mark `text` is a number with (whatever its currency): '.' for "1,234.56",
 * "3’673.651" (a mark after an apostrophe or space grouping is the decimal one) or
 * "12.5", ',' for "1.234,56", "12,5" or "1.234.567"; null when it reads with either ("2.000",
 * "1,234", "7") or with neither ("abc").
 */
export function cellDecimalMark(text: string, locale: string): DecimalMark | null {
  const withPoint = parseAnyCurrency(text, locale, '.');
  const withComma = parseAnyCurrency(text, locale, ',');
  if (withComma === undefined && typeof withPoint === 'number') return '.';
  if (withPoint === undefined && typeof withComma === 'number') return ',';
  return null;
}

/**
 * The first cell of a pasted block, line by line, that shows its decimal mark: the whole block is
 * read with that mark, as one sheet writes all its numbers one way ("2.000" next to "1.234,56" is
 * two thousand, even for an en-GB planner). Null when no cell shows it: each cell is then read
 * by the planner's culture.
 */
export function firstTellingCell(
  cells: readonly (readonly string[])[],
  locale: string,
): TellingCell | null {
  for (let row = 0; row < cells.length; row++)
    for (let col = 0; col < cells[row].length; col++) {
      const text = cells[row][col];
      const mark = cellDecimalMark(text, locale);
      if (mark !== null) return { row, col, text, mark };
    }
  return null;
}

const markName = (mark: DecimalMark) => (mark === '.' ? 'a decimal point' : 'a decimal comma');

/** A cell's text for a message, cut short (a pasted e-mail must not flood it). */
const shown = (text: string) => {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
};

/**
 * What is wrong with a cell that shows the other decimal mark than the block's `telling` cell:
 * the block cannot be read one way, so it is refused, naming both cells.
 */
export function mixedMarksProblem(telling: TellingCell): string {
  return `has ${markName(otherMark(telling.mark))}, but "${shown(telling.text)}" (row ${telling.row + 1}, column ${telling.col + 1}) has ${markName(telling.mark)}: write all the copied numbers in one format and paste again`;
}
