import { fromMinor, toMinor } from './money.ts';
import type { CellChange, TargetRow } from './types.ts';

/** Even split of integer minor units: the remainder goes one unit each to the earliest parts. */
export function splitMinorEvenly(minor: number, parts: number): number[] {
  if (!Number.isInteger(parts) || parts < 1) throw new RangeError(`Bad period count: ${parts}`);
  const base = Math.trunc(minor / parts);
  const rest = minor - base * parts; // same sign as minor, |rest| < parts
  const step = Math.sign(rest);
  return Array.from({ length: parts }, (_, i) => base + (i < Math.abs(rest) ? step : 0));
}

/**
 * Splits `amount` (major units) over `periods` exactly, to the smallest unit. Remainder rule:
 * one extra smallest unit to each of the earliest periods (for a negative amount, one unit less),
 * so 100.00 over 12 months is 8.34 × 4 then 8.33 × 8.
 */
export function distributeEvenly(amount: number, periods: number, decimals: number): number[] {
  return splitMinorEvenly(toMinor(amount, decimals), periods).map((m) => fromMinor(m, decimals));
}

/**
 * Breakback: `newTotal` spread in proportion to `currentValues` (largest-remainder method, ties to
 * the earliest period); evenly when the current values sum to zero. Sums exactly to `newTotal`.
 * BigInt keeps total × weight exact even for large amounts.
 */
export function distributeProportionally(
  newTotal: number,
  currentValues: readonly number[],
  decimals: number,
): number[] {
  const total = BigInt(toMinor(newTotal, decimals));
  let weights = currentValues.map((v) => BigInt(toMinor(v, decimals)));
  let sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return distributeEvenly(newTotal, currentValues.length, decimals);
  if (sum < 0n) {
    weights = weights.map((w) => -w);
    sum = -sum;
  }
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  for (const w of weights) {
    const p = total * w;
    let q = p / sum; // truncates toward zero; make it a floor
    let r = p % sum;
    if (r < 0n) {
      q -= 1n;
      r += sum;
    }
    floors.push(q);
    remainders.push(r);
  }
  let leftover = Number(total - floors.reduce((a, b) => a + b, 0n)); // 0 ≤ leftover < n
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (leftover <= 0) break;
    floors[i] += 1n;
    leftover--;
  }
  return floors.map((m) => fromMinor(Number(m), decimals));
}

/** Changes for a distribution over several rows; locked and derived rows are skipped and reported. */
export interface RowsDistribution {
  readonly changes: CellChange[];
  readonly skippedLocked: TargetRow[];
  readonly skippedDerived: TargetRow[];
}

/** The cell changes turning `row`'s values into `next` (only cells that differ). */
export function rowChanges(row: TargetRow, next: readonly number[]): CellChange[] {
  const out: CellChange[] = [];
  if (row.assignmentId === null) return out;
  for (let period = 0; period < row.values.length; period++) {
    const before = row.values[period];
    const after = next[period];
    if (after !== undefined && after !== before) {
      out.push({ assignmentId: row.assignmentId, period, before, after });
    }
  }
  return out;
}

/** Applies `plan` (new values for a row, or null to leave it) to each editable row. */
export function distributeOverRows(
  rows: readonly TargetRow[],
  plan: (row: TargetRow) => readonly number[] | null,
): RowsDistribution {
  const result: RowsDistribution = { changes: [], skippedLocked: [], skippedDerived: [] };
  for (const row of rows) {
    if (row.derived || row.assignmentId === null) result.skippedDerived.push(row);
    else if (row.locked) result.skippedLocked.push(row);
    else {
      const next = plan(row);
      if (next) result.changes.push(...rowChanges(row, next));
    }
  }
  return result;
}
