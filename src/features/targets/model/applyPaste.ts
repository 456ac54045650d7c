import { roundToUnit } from './money.ts';
import { restrictionReasons } from './restrictedRowText.ts';
import { placeBlock } from './pastePlacement.ts';
import { rangeSize } from './range.ts';
import type { PastedCell } from './tsv.ts';
import { roundingOf, type RoundedValue } from './roundedValues.ts';
import type { CellChange, CellRange, EditAction, Refusal, TargetRow } from './types.ts';

/** A paste's changes, and the values it kept to a row's smallest unit (to say so). */
export type PasteResult =
  | { readonly ok: true; readonly action: EditAction; readonly rounded: readonly RoundedValue[] }
  | Refusal;

/** Names a list of rows in a message: "A, B and 3 more". */
export function nameRows(labels: readonly string[], max = 5): string {
  if (labels.length <= max) return labels.join(', ');
  return `${labels.slice(0, max).join(', ')} and ${labels.length - max} more`;
}

/** A paste refused because it was made on sum rows, which add up their users. */
function onSumRows(labels: readonly string[]): Refusal {
  const one = labels.length === 1;
  return {
    ok: false,
    reason: 'derived',
    message: `Paste refused: ${nameRows(labels)} ${one ? 'adds' : 'add'} up the users above ${one ? 'it' : 'them'} and cannot be pasted into: paste into the users' rows instead. Nothing was changed.`,
    rows: labels,
  };
}

/**
 * The changes a paste makes. The block lands at the selection's top-left cell; a single value
 * pasted over a larger selection fills the selection (as Excel does). Cells beyond the grid are
 * dropped. Blank cells (null) leave the cell as it is. A block goes past sum rows, so its line N
 * lands on the Nth editable row, unless the line is the sum row's own figures (a block copied with
 * its sums pastes back aligned); see placeBlock. A paste on a sum row is refused. If any
 * target row is locked, the paste is refused as a whole, naming the locked rows. Values are
 * rounded to each row's smallest unit, and the rounded ones are listed (the planner is told).
 */
export function applyPaste(
  rows: readonly TargetRow[],
  selection: CellRange,
  matrix: readonly (readonly PastedCell[])[],
  periods: number,
): PasteResult {
  const matrixRows = matrix.length;
  const matrixCols = matrix.reduce((m, r) => Math.max(m, r.length), 0);
  if (matrixRows === 0 || matrixCols === 0) {
    return { ok: false, reason: 'invalid', message: 'Nothing to paste.', rows: [] };
  }
  const anchor = { row: selection.top, col: selection.left };
  if (anchor.row < 0 || anchor.row >= rows.length || anchor.col < 0 || anchor.col >= periods) {
    return { ok: false, reason: 'outOfBounds', message: 'Paste outside the grid.', rows: [] };
  }
  const fill = matrixRows === 1 && matrixCols === 1;
  const sel = rangeSize(selection);
  // Which block line goes on which grid row: a single value fills the selection; a block goes
  // past sum rows (line N on the Nth editable row), see placeBlock.
  const right = fill ? selection.right : Math.min(anchor.col + matrixCols - 1, periods - 1);
  const placed: { row: number; line: number }[] = [];
  let skipped: readonly number[] = [];
  let beyond = 0;
  if (fill) {
    // A value over sum rows only changed nothing, and said just "(0 changed)".
    const over = rows.slice(selection.top, selection.bottom + 1);
    if (over.every((r) => r.derived)) return onSumRows(over.map((r) => r.label));
    for (let r = selection.top; r <= selection.bottom; r++) placed.push({ row: r, line: 0 });
  } else {
    const placement = placeBlock(rows, anchor.row, anchor.col, matrix);
    // Pasted on a sum row itself (not its own figures): its first line would land on the next
    // row, another group's perhaps, which the planner did not point at. Refused, as typing is.
    if (placement.skipped[0] === anchor.row) return onSumRows([rows[anchor.row].label]);
    skipped = placement.skipped;
    placement.rowOf.forEach((row, line) => {
      // A sum row's own figures, copied with it: the grid works them out (nothing left out).
      if (placement.sumLines.has(line)) return;
      if (row >= 0) placed.push({ row, line });
    });
    // Values of the block that fall past the last row or the last period.
    matrix.forEach((cells, line) =>
      cells.forEach((v, j) => {
        if (v !== null && (placement.rowOf[line] < 0 || anchor.col + j > right)) beyond++;
      }),
    );
  }
  const cellAt = (line: number, c: number): PastedCell =>
    fill ? matrix[0][0] : (matrix[line]?.[c - anchor.col] ?? null);

  const locked: string[] = [];
  for (const { row } of placed) {
    if (rows[row].locked && !rows[row].derived) locked.push(rows[row].label);
  }
  if (locked.length > 0) {
    return {
      ok: false,
      reason: 'locked',
      message: `Paste refused: ${locked.length === 1 ? 'row' : 'rows'} ${nameRows(locked)} ${locked.length === 1 ? 'is' : 'are'} locked. Nothing was changed.`,
      rows: locked,
    };
  }
  const restricted = placed
    .map(({ row }) => rows[row])
    .filter((r) => r.restriction && !r.derived && !r.locked);
  if (restricted.length > 0) {
    return {
      ok: false,
      reason: 'restricted',
      message: `Paste refused: ${restricted.length === 1 ? 'row' : 'rows'} ${nameRows(restricted.map((r) => r.label))} cannot be changed. ${restrictionReasons(restricted)} Nothing was changed.`,
      rows: restricted.map((r) => r.label),
    };
  }
  const cells: CellChange[] = [];
  const rounded: RoundedValue[] = [];
  const calculated: string[] = [];
  let onCalculated = 0;
  for (const { row: r, line } of placed) {
    const row = rows[r];
    if (row.derived || row.assignmentId === null) {
      let here = 0;
      for (let c = anchor.col; c <= right; c++) if (cellAt(line, c) !== null) here++;
      if (here > 0) calculated.push(row.label);
      onCalculated += here;
      continue;
    }
    for (let c = anchor.col; c <= right; c++) {
      const v = cellAt(line, c);
      if (v === null) continue;
      const after = roundToUnit(v, row.decimals);
      const roundedHere = roundingOf(row, c, v, after);
      if (roundedHere) rounded.push(roundedHere);
      const before = row.values[c];
      if (after !== before)
        cells.push({ assignmentId: row.assignmentId, period: c, before, after });
    }
  }
  const values = (n: number) => `${n} ${n === 1 ? 'value' : 'values'}`;
  const skippedNames = skipped.map((r) => rows[r].label);
  const wentPast =
    skippedNames.length === 0
      ? ''
      : skippedNames.length === 1
        ? `. Skipped ${skippedNames[0]}, which adds up its users`
        : `. Skipped ${nameRows(skippedNames)}, which add up their users`;
  const leftOut = [
    onCalculated > 0 &&
      `${values(onCalculated)} on calculated ${calculated.length === 1 ? 'row' : 'rows'} (${nameRows(calculated)})`,
    beyond > 0 && `${values(beyond)} beyond the grid's last row or period`,
  ].filter(Boolean);
  const size = fill ? sel : { rows: matrixRows, cols: matrixCols };
  return {
    ok: true,
    action: {
      label: `Pasted ${size.rows} × ${size.cols} cells (${cells.length} changed)${wentPast}${leftOut.length ? `. Left out: ${leftOut.join('; ')}` : ''}`,
      cells,
      locks: [],
    },
    rounded,
  };
}
