import type { CellChange, CellRange, EditAction, TargetRow } from './types.ts';

export interface ClearResult {
  /** The cells set to 0 (empty when nothing changes). */
  readonly action: EditAction;
  /** Labels of locked rows in the range: they are left as they are. */
  readonly skippedLocked: readonly string[];
  /** Rows in the range their own rights forbid changing: left as they are too. */
  readonly skippedRestricted: readonly TargetRow[];
}

/**
 * Clears (sets to 0: Values are always numbers) the cells of a range. Unlike a paste, a clear is
 * not refused as a whole: locked rows are left as they are and reported; derived rows are skipped.
 */
export function applyClear(rows: readonly TargetRow[], range: CellRange): ClearResult {
  const cells: CellChange[] = [];
  const skippedLocked: string[] = [];
  const skippedRestricted: TargetRow[] = [];
  const bottom = Math.min(range.bottom, rows.length - 1);
  for (let r = Math.max(range.top, 0); r <= bottom; r++) {
    const row = rows[r];
    if (row.derived || row.assignmentId === null) continue;
    if (row.locked) {
      skippedLocked.push(row.label);
      continue;
    }
    if (row.restriction) {
      skippedRestricted.push(row);
      continue;
    }
    const right = Math.min(range.right, row.values.length - 1);
    for (let c = Math.max(range.left, 0); c <= right; c++) {
      const before = row.values[c];
      if (before !== 0) cells.push({ assignmentId: row.assignmentId, period: c, before, after: 0 });
    }
  }
  return {
    action: {
      label: `Cleared ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}`,
      cells,
      locks: [],
    },
    skippedLocked,
    skippedRestricted,
  };
}
