import type { CellChange, TargetRow } from './types.ts';

/**
 * Splits `amount` (major units) over `periods` exactly, to the smallest unit. Remainder rule:
 * one extra smallest unit to each of the earliest periods (for a negative amount, one unit less).
 */
export function distributeEvenly(amount: number, periods: number, decimals: number): number[] {
  void amount;
  void periods;
  void decimals;
  throw new Error('not implemented');
}

/**
 * Breakback: `newTotal` spread in proportion to `currentValues` (largest-remainder method, ties to
 * the earliest period); evenly when all current values are zero. Sums exactly to `newTotal`.
 */
export function distributeProportionally(
  newTotal: number,
  currentValues: readonly number[],
  decimals: number,
): number[] {
  void newTotal;
  void currentValues;
  void decimals;
  throw new Error('not implemented');
}

/** Changes for a distribution over several rows; locked and derived rows are skipped and reported. */
export interface RowsDistribution {
  readonly changes: CellChange[];
  readonly skippedLocked: TargetRow[];
  readonly skippedDerived: TargetRow[];
}

/** Applies `plan` (new values for a row, or null to leave it) to each editable row. */
export function distributeOverRows(
  rows: readonly TargetRow[],
  plan: (row: TargetRow) => readonly number[] | null,
): RowsDistribution {
  void rows;
  void plan;
  throw new Error('not implemented');
}
