import type { CellRange, EditAction, TargetRow } from './types.ts';

export interface ClearResult {
  /** The cells set to 0 (empty when nothing changes). */
  readonly action: EditAction;
  /** Labels of locked rows in the range: they are left as they are. */
  readonly skippedLocked: readonly string[];
}

/** Clears (sets to 0) the cells of a range; locked and derived rows are left untouched. */
export function applyClear(rows: readonly TargetRow[], range: CellRange): ClearResult {
  void rows;
  void range;
  throw new Error('not implemented');
}
