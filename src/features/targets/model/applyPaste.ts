import type { PastedCell } from './tsv.ts';
import type { ActionResult, CellRange, TargetRow } from './types.ts';

/**
 * The changes a paste makes. The block lands at the selection's top-left cell; a single value
 * pasted over a larger selection fills the selection (as Excel does). Cells beyond the grid are
 * dropped. Blank cells (null) leave the cell as it is. Derived rows are skipped (their block row
 * is consumed, so a copied grid pastes back aligned). If any target row is locked, the paste is
 * refused as a whole, naming the locked rows. Values are rounded to each row's smallest unit.
 */
export function applyPaste(
  rows: readonly TargetRow[],
  selection: CellRange,
  matrix: readonly (readonly PastedCell[])[],
  periods: number,
): ActionResult {
  void rows;
  void selection;
  void matrix;
  void periods;
  throw new Error('not implemented');
}
