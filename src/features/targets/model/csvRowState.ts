import type { TargetRow } from './types.ts';

/**
 * The Currency and Locked columns of a targets CSV: export writes them as the grid shows them;
 * import reads them only to check them. It changes values, never a row's currency or lock, so a
 * file that says otherwise is refused (not silently followed, not silently ignored).
 */
export const ROW_STATE_HEADER = ['Currency', 'Locked'] as const;

/** A row's Currency and Locked cells: "NOK", "Yes"/"No" (blank for sum rows, never locked). */
export function rowStateCells(row: TargetRow): [string, string] {
  return [
    row.currencyHidden ? '' : (row.currency ?? ''),
    row.derived || row.hidden?.locked ? '' : row.locked ? 'Yes' : 'No',
  ];
}

/** Where the file has its Currency and Locked columns (-1 when it has none). */
export interface RowStateColumns {
  readonly currency: number;
  readonly locked: number;
}

/** Finds the Currency and Locked columns in a header, after the label and period columns. */
export function rowStateColumns(header: readonly string[], periods: number): RowStateColumns {
  const at = (name: string) => {
    const i = header.findIndex((c, j) => j > periods && c.trim().toLowerCase() === name);
    return i;
  };
  return { currency: at('currency'), locked: at('locked') };
}

const YES = ['yes', 'true', 'locked', '1'];
const NO = ['no', 'false', 'unlocked', '0'];

/**
 * Why a line of the file cannot be imported because its currency or lock differs from the row's,
 * or null. Blank cells say nothing. `where` is "Line 3 (Chloe Martin)".
 */
export function rowStateProblem(
  cells: readonly string[],
  columns: RowStateColumns,
  row: TargetRow,
  where: string,
): string | null {
  const currency = (cells[columns.currency] ?? '').trim();
  // A currency the user may not see is not checked: what the row is in would say it.
  if (columns.currency >= 0 && currency !== '' && !row.currencyHidden) {
    const shown = row.currency ?? 'none';
    if (currency.toUpperCase() !== (row.currency ?? '').toUpperCase())
      return `${where}: the file gives the currency ${currency} where the row is in ${shown}. Import changes values only, not currencies: put ${shown} back in the file, or leave the cell blank.`;
  }
  const locked = (cells[columns.locked] ?? '').trim().toLowerCase();
  // A lock the user may not see is not checked: what the row is would say it.
  if (columns.locked >= 0 && locked !== '' && !row.derived && !row.hidden?.locked) {
    const says = YES.includes(locked) ? true : NO.includes(locked) ? false : undefined;
    const raw = (cells[columns.locked] ?? '').trim();
    if (says === undefined)
      return `${where}: Locked is "${raw.slice(0, 20)}"; write Yes or No, or leave the cell blank.`;
    if (says !== row.locked)
      return `${where}: the file says Locked ${says ? 'Yes' : 'No'} where the row is ${row.locked ? 'locked' : 'not locked'}. Import changes values only, not locks: lock or unlock the row with Row actions, or write ${row.locked ? 'Yes' : 'No'} in the file.`;
  }
  return null;
}
