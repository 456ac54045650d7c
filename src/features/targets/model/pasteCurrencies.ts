import { placeBlock } from './pastePlacement.ts';
import type { LineCurrencies, PastedCell } from './tsv.ts';
import type { CellRange, TargetRow } from './types.ts';

/**
 * The currencies of the rows each line of a pasted block goes to, so that an amount may carry
 * its own row's currency sign or code only. One value fills the whole selection: it must fit
 * every row there. A block goes where placeBlock puts it, which needs its figures (`matrix`,
 * read whatever their currency): a line that is a sum row's own figures stays on that row, so
 * the lines after it are not simply the next rows that are not sums. A line past the grid's last
 * row goes nowhere: any currency is read there.
 */
export function pasteLineCurrencies(
  rows: readonly TargetRow[],
  selection: CellRange,
  singleValue: boolean,
  matrix: readonly (readonly PastedCell[])[],
): LineCurrencies {
  if (singleValue) {
    const selected = rows.slice(selection.top, selection.bottom + 1).filter((r) => !r.derived);
    const currencies = [...new Set(selected.map((r) => r.currency))];
    return () => currencies;
  }
  const { rowOf } = placeBlock(rows, selection.top, selection.left, matrix);
  return (line) => {
    const r = rowOf[line] ?? -1;
    return r < 0 ? 'any' : [rows[r].currency];
  };
}
