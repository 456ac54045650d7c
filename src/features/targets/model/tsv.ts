import { MAX_TARGET_AMOUNT } from './amountLimit.ts';
import { cellDecimalMark, firstTellingCell, mixedMarksProblem } from './blockDecimalMark.ts';
import {
  decimalSeparator,
  foreignCurrency,
  parseAnyCurrency,
  otherMark,
  parseLocaleNumber,
  type DecimalMark,
} from './numberText.ts';
import { otherCurrencyText, type OtherCurrency } from './otherCurrencyText.ts';

export { decimalSeparator };

/** A parsed cell: a number, or null for a blank cell (a paste leaves that cell as it is). */
export type PastedCell = number | null;

export interface TsvError {
  /** 0-based row and column of the first bad cell in the pasted block. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /**
   * What is wrong with it: "is not a number", "is larger than a target can be", or the other
   * currency it is written in (its sentence is otherCurrencyText's).
   */
  readonly problem: string | OtherCurrency;
  /** A sentence naming the cell, e.g. 'Row 2, column 3: "abc" is not a number.' */
  readonly message: string;
}

export type ParseTsvResult =
  | {
      readonly ok: true;
      readonly matrix: PastedCell[][];
      readonly rows: number;
      readonly cols: number;
    }
  | {
      readonly ok: false;
      readonly error: TsvError;
      /** The lines read before the refused one (where they go can depend on them: placeBlock). */
      readonly linesBefore: PastedCell[][];
    };

/**
 * Splits clipboard text into cells: tabs between cells, CRLF / LF / CR between rows, one trailing
 * line break ignored (Excel adds one), quoted cells as Excel writes them ("a""b", embedded tabs
 * and line breaks). Rows keep their own lengths; callers pad.
 */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  let atCellStart = true;
  while (i < n) {
    const ch = text[i];
    if (atCellStart && ch === '"') {
      // A quoted cell: runs to the closing quote; "" is a literal quote.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < n) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += text[j++];
      }
      if (closed && (j === n || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
      // Not a well-formed quoted cell: take the quote literally.
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i++;
  }
  // The last line, unless the text ended with a line break (Excel's trailing newline).
  if (!(atCellStart && row.length === 0 && cell === '')) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Parses one cell as a number for `locale` and a row in `currency` (null: no currency); null when
 * blank; undefined when not a number.
 */
export function parseNumberCell(
  text: string,
  locale: string,
  currency: string | null = null,
): number | null | undefined {
  return parseLocaleNumber(text, locale, currency);
}

/**
 * The currencies of the rows a line of the block goes to (a count row's is null); 'any' for a
 * line that goes to no row (past the grid's last), or while placing the block (any currency
 * sign or code is read then, for the figures).
 */
export type LineCurrencies = (line: number) => readonly (string | null)[] | 'any';

/** Why a cell is not an amount for rows in `currencies`: another currency, or no number. */
function notAnAmount(
  text: string,
  locale: string,
  currencies: readonly (string | null)[],
  decimal: DecimalMark | null,
): string | OtherCurrency {
  for (const currency of currencies) {
    const mark = foreignCurrency(text, locale, currency, locale, decimal);
    if (mark !== null) return { mark, currency };
  }
  return 'is not a number';
}

/**
 * Parses Excel / Google Sheets clipboard text into a number matrix (ragged rows padded with
 * blanks), every cell with the decimal mark of the first cell that shows one (firstTellingCell;
 * none: the culture's rules). A cell that shows the other mark rejects the whole block, as it
 * cannot be read one way; so does the first cell that is not a number, and an amount written
 * with a currency sign or code that is not that of every row its line goes to ("$1,000" for a
 * EUR row), as it is not an amount in the row's currency. `currencies` says which rows those are
 * (by default none: no currency is accepted).
 */
export function parseTsv(
  text: string,
  locale: string,
  currencies: LineCurrencies = () => [null],
): ParseTsvResult {
  const cells = splitTsv(text);
  const cols = cells.reduce((m, r) => Math.max(m, r.length), 0);
  const telling = firstTellingCell(cells, locale);
  const decimal = telling?.mark ?? null;
  const matrix: PastedCell[][] = [];
  for (let r = 0; r < cells.length; r++) {
    const out: PastedCell[] = new Array<PastedCell>(cols).fill(null);
    for (let c = 0; c < cells[r].length; c++) {
      const text = cells[r][c];
      const lineCurrencies = currencies(r);
      const rowCurrencies = lineCurrencies === 'any' ? [] : lineCurrencies;
      const read =
        lineCurrencies === 'any'
          ? [parseAnyCurrency(text, locale, decimal)]
          : rowCurrencies.map((currency) =>
              parseLocaleNumber(text, locale, currency, locale, decimal),
            );
      const v = read.includes(undefined) ? undefined : (read[0] ?? null);
      // A number only with the other decimal mark than the block's.
      const mixed =
        v === undefined &&
        telling !== null &&
        cellDecimalMark(text, locale) === otherMark(telling.mark);
      const problem =
        v === undefined
          ? mixed
            ? mixedMarksProblem(telling)
            : notAnAmount(text, locale, rowCurrencies, decimal)
          : v !== null && Math.abs(v) > MAX_TARGET_AMOUNT
            ? 'is larger than a target can be'
            : null;
      if (problem !== null || v === undefined) {
        const what = problem ?? 'is not a number';
        const subject = `Row ${r + 1}, column ${c + 1}: "${text.trim()}"`;
        const message =
          typeof what === 'string'
            ? `${subject} ${what}.`
            : otherCurrencyText({ subject, text: text.trim(), ...what, locale });
        return {
          ok: false,
          error: { row: r, col: c, text, problem: what, message },
          linesBefore: matrix,
        };
      }
      out[c] = v;
    }
    matrix.push(out);
  }
  return { ok: true, matrix, rows: matrix.length, cols };
}

function quoteTsvCell(s: string): string {
  return /["\t\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Formats a matrix for the clipboard: no thousand separators, the locale's decimal separator
 * (so Excel in the same locale reads the numbers back), blanks for null, CRLF between rows.
 */
export function formatTsv(
  matrix: readonly (readonly (number | string | null)[])[],
  locale?: string,
): string {
  const sep = locale ? decimalSeparator(locale) : '.';
  const lines = matrix.map((row) =>
    row
      .map((v) =>
        v === null
          ? ''
          : typeof v === 'number'
            ? sep === '.'
              ? String(v)
              : String(v).replace('.', sep)
            : quoteTsvCell(v),
      )
      .join('\t'),
  );
  // One trailing line break is read as Excel's end-of-copy, so a last line that is empty (one
  // blank cell) gets its own terminator to survive the round trip.
  const text = lines.join('\r\n');
  return lines.length > 0 && lines[lines.length - 1] === '' ? `${text}\r\n` : text;
}
