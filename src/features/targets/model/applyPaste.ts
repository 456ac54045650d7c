import { roundToUnit } from './money.ts';
import { pasteTargetRange, rangeSize } from './range.ts';
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

/**
 * The changes a paste makes. The block lands at the selection's top-left cell; a single value
 * pasted over a larger selection fills the selection (as Excel does). Cells beyond the grid are
 * dropped. Blank cells (null) leave the cell as it is. Derived rows are skipped (their block row
 * is consumed, so a copied grid pastes back aligned). If any target row is locked, the paste is
 * refused as a whole, naming the locked rows. Values are rounded to each row's smallest unit, and
 * the rounded ones are listed (the planner is told).
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
  const { range } = fill
    ? { range: selection }
    : pasteTargetRange(anchor, matrixRows, matrixCols, rows.length, periods);
  const cellAt = (r: number, c: number): PastedCell =>
    fill ? matrix[0][0] : (matrix[r - range.top]?.[c - range.left] ?? null);

  const locked: string[] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    if (rows[r].locked && !rows[r].derived) locked.push(rows[r].label);
  }
  if (locked.length > 0) {
    return {
      ok: false,
      reason: 'locked',
      message: `Paste refused: ${locked.length === 1 ? 'row' : 'rows'} ${nameRows(locked)} ${locked.length === 1 ? 'is' : 'are'} locked. Nothing was changed.`,
      rows: locked,
    };
  }
  const cells: CellChange[] = [];
  const rounded: RoundedValue[] = [];
  const calculated: string[] = [];
  let onCalculated = 0;
  for (let r = range.top; r <= range.bottom; r++) {
    const row = rows[r];
    if (row.derived || row.assignmentId === null) {
      let here = 0;
      for (let c = range.left; c <= range.right; c++) if (cellAt(r, c) !== null) here++;
      if (here > 0) calculated.push(row.label);
      onCalculated += here;
      continue;
    }
    for (let c = range.left; c <= range.right; c++) {
      const v = cellAt(r, c);
      if (v === null) continue;
      const after = roundToUnit(v, row.decimals);
      const roundedHere = roundingOf(row, c, v, after);
      if (roundedHere) rounded.push(roundedHere);
      const before = row.values[c];
      if (after !== before)
        cells.push({ assignmentId: row.assignmentId, period: c, before, after });
    }
  }
  // Values of the block that fall past the last row or the last period.
  let beyond = 0;
  if (!fill)
    matrix.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v !== null && (range.top + i > range.bottom || range.left + j > range.right)) beyond++;
      }),
    );
  const values = (n: number) => `${n} ${n === 1 ? 'value' : 'values'}`;
  const leftOut = [
    onCalculated > 0 &&
      `${values(onCalculated)} on calculated ${calculated.length === 1 ? 'row' : 'rows'} (${nameRows(calculated)})`,
    beyond > 0 && `${values(beyond)} beyond the grid's last row or period`,
  ].filter(Boolean);
  const size = fill ? sel : { rows: matrixRows, cols: matrixCols };
  return {
    ok: true,
    action: {
      label: `Paste ${size.rows} × ${size.cols}: ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} changed${leftOut.length ? `. Left out: ${leftOut.join('; ')}` : ''}`,
      cells,
      locks: [],
    },
    rounded,
  };
}
