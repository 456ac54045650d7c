import { roundToUnit, toMinor } from './money.ts';
import type { PastedCell } from './tsv.ts';
import type { TargetRow } from './types.ts';

/** Where the lines of a pasted block go in the grid. */
export interface BlockPlacement {
  /** The grid row of each line of the block; -1 past the grid's last row. */
  readonly rowOf: readonly number[];
  /** Lines that are a sum row's own figures (a block copied with its sum rows): on that row. */
  readonly sumLines: ReadonlySet<number>;
  /** Sum rows the block went past: the line that would have landed there went to the next row. */
  readonly skipped: readonly number[];
}

/**
 * Places a block pasted at row `top`, column `left`, line by line. A block copied from a
 * spreadsheet holds the rows someone types into, not the grid's calculated sum rows, so a line
 * that reaches a sum row goes on to the next row: line N lands on the Nth editable row. A line
 * that is that sum row's own figures (the grid copied with its sums, or a spreadsheet adding them
 * up) stays on it, so such a block pastes back where it came from.
 */
export function placeBlock(
  rows: readonly TargetRow[],
  top: number,
  left: number,
  matrix: readonly (readonly PastedCell[])[],
): BlockPlacement {
  const rowOf: number[] = [];
  const lineOfRow = new Map<number, number>();
  const sumLines = new Set<number>();
  const skipped: number[] = [];
  let r = top;
  for (let i = 0; i < matrix.length; i++) {
    while (r < rows.length && rows[r].derived) {
      if (isSumLine(rows, r, left, matrix, i, lineOfRow)) break;
      skipped.push(r);
      r++;
    }
    if (r >= rows.length) {
      rowOf.push(-1);
      continue;
    }
    if (rows[r].derived) sumLines.add(i);
    rowOf.push(r);
    lineOfRow.set(r, i);
    r++;
  }
  return { rowOf, sumLines, skipped };
}

/**
 * Whether line `i` is the figures of the sum row `r`: each of its values is the row's sum now, or
 * the sum of its users once the lines placed on them so far are pasted. A blank line is not.
 */
function isSumLine(
  rows: readonly TargetRow[],
  r: number,
  left: number,
  matrix: readonly (readonly PastedCell[])[],
  i: number,
  lineOfRow: ReadonlyMap<number, number>,
): boolean {
  const sum = rows[r];
  const users: number[] = [];
  for (let k = r - 1; k >= 0 && rows[k].kind === 'user' && rows[k].groupId === sum.groupId; k--)
    users.push(k);
  let any = false;
  for (let j = 0; j < matrix[i].length; j++) {
    const v = matrix[i][j];
    const c = left + j;
    if (v === null || c >= sum.values.length) continue;
    any = true;
    const given = toMinor(roundToUnit(v, sum.decimals), sum.decimals);
    if (given === toMinor(sum.values[c], sum.decimals)) continue;
    let after = 0;
    for (const k of users) {
      const line = lineOfRow.get(k);
      const pasted = line === undefined ? null : (matrix[line][j] ?? null);
      after += toMinor(
        pasted === null ? (rows[k].values[c] ?? 0) : roundToUnit(pasted, rows[k].decimals),
        sum.decimals,
      );
    }
    if (given !== after) return false;
  }
  return any;
}
