import type { LineCurrencies } from './tsv.ts';
import type { CellRange, TargetRow } from './types.ts';

/**
 * The currencies of the rows each line of a pasted block goes to, so that an amount may carry
 * its own row's currency sign or code only. One value fills the whole selection: it must fit
 * every row there. A block's line N goes to the Nth row below the selection's top that is not a
 * sum row (as placeBlock places it, and as the refusal names it). Sum rows are never typed into.
 */
export function pasteLineCurrencies(
  rows: readonly TargetRow[],
  selection: CellRange,
  singleValue: boolean,
): LineCurrencies {
  const editable: TargetRow[] = [];
  for (let r = selection.top; r < rows.length; r++) if (!rows[r].derived) editable.push(rows[r]);
  if (singleValue) {
    const selected = rows.slice(selection.top, selection.bottom + 1).filter((r) => !r.derived);
    const currencies = [...new Set(selected.map((r) => r.currency))];
    return () => currencies;
  }
  return (line) => (line < editable.length ? [editable[line].currency] : []);
}
