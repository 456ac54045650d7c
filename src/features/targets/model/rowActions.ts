import type { ActionResult, TargetRow } from './types.ts';

/** Set a yearly amount split evenly over the row's periods (distributeEvenly's remainder rule). */
export function setYearlyAmount(row: TargetRow, amount: number): ActionResult {
  void row;
  void amount;
  throw new Error('not implemented');
}

/** Distribute a new row total in proportion to the current values (evenly when all zero). */
export function distributeNewTotal(row: TargetRow, newTotal: number): ActionResult {
  void row;
  void newTotal;
  throw new Error('not implemented');
}

/** Copy another row's values (rounded to this row's unit). */
export function copyFromRow(row: TargetRow, source: TargetRow): ActionResult {
  void row;
  void source;
  throw new Error('not implemented');
}

/**
 * Copy last year's values ± `percent` (e.g. 5 or -2.5), each value rounded half away from zero to
 * the row's unit, computed exactly. `lastYear` may have another period count (e.g. quarterly last
 * year, monthly now): values are then regrouped (summed, or split evenly inside each period).
 */
export function copyFromLastYear(
  row: TargetRow,
  lastYear: readonly number[],
  percent: number,
): ActionResult {
  void row;
  void lastYear;
  void percent;
  throw new Error('not implemented');
}

/** Set every value of the row to 0. */
export function clearRow(row: TargetRow): ActionResult {
  void row;
  throw new Error('not implemented');
}

/** Lock or unlock a row (the caller checks the lock right). */
export function setRowLocked(row: TargetRow, locked: boolean): ActionResult {
  void row;
  void locked;
  throw new Error('not implemented');
}
