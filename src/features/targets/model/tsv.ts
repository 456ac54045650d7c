/** A parsed cell: a number, or null for a blank cell (a paste leaves that cell as it is). */
export type PastedCell = number | null;

export interface TsvError {
  /** 0-based row and column of the first bad cell in the pasted block. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** A sentence naming the cell, e.g. 'Row 2, column 3: "abc" is not a number'. */
  readonly message: string;
}

export type ParseTsvResult =
  | {
      readonly ok: true;
      readonly matrix: PastedCell[][];
      readonly rows: number;
      readonly cols: number;
    }
  | { readonly ok: false; readonly error: TsvError };

/** Splits clipboard text into cells (tabs, CRLF/LF, one trailing newline, quoted cells). */
export function splitTsv(text: string): string[][] {
  void text;
  throw new Error('not implemented');
}

/** Parses one cell as a number for `locale`; null when blank; undefined when not a number. */
export function parseNumberCell(text: string, locale: string): number | null | undefined {
  void text;
  void locale;
  throw new Error('not implemented');
}

/** Parses Excel / Google Sheets clipboard text into a number matrix. */
export function parseTsv(text: string, locale: string): ParseTsvResult {
  void text;
  void locale;
  throw new Error('not implemented');
}

/**
 * Formats a matrix for the clipboard: no thousand separators, the locale's decimal separator
 * (so Excel in the same locale reads the numbers back), blanks for null.
 */
export function formatTsv(
  matrix: readonly (readonly (number | string | null)[])[],
  locale?: string,
): string {
  void matrix;
  void locale;
  throw new Error('not implemented');
}
