import type { Period } from './periods.ts';
import type { CellChange, TargetRow } from './types.ts';

/**
 * CSV (RFC 4180: comma, CRLF, quotes doubled) of the rows shown: header "Row", period names,
 * "Total"; numbers with '.' decimals and no grouping so any spreadsheet reads them.
 */
export function exportCsv(rows: readonly TargetRow[], periods: readonly Period[]): string {
  void rows;
  void periods;
  throw new Error('not implemented');
}

/** RFC 4180 parser (also accepts LF and ';' separated files, as Excel writes in comma locales). */
export function parseCsv(text: string): string[][] {
  void text;
  throw new Error('not implemented');
}

export interface CsvImportPreview {
  /** Cells whose value would change. */
  readonly changes: CellChange[];
  /** Labels of rows refused: locked, derived (sum rows), or not in the grid. */
  readonly refusedLocked: string[];
  readonly refusedDerived: string[];
  readonly unknownRows: string[];
  /** First bad cell, or a header problem; null when the file is fine. */
  readonly error: string | null;
}

/**
 * Matches the file's rows to the grid by row label (case-insensitive), its columns to periods by
 * position after the label column (a "Total" column is ignored) and previews the change.
 */
export function previewCsvImport(
  text: string,
  rows: readonly TargetRow[],
  periods: readonly Period[],
  locale: string,
): CsvImportPreview {
  void text;
  void rows;
  void periods;
  void locale;
  throw new Error('not implemented');
}
