import type { CellAddress, CellRange } from './types.ts';

/** The normalised rectangle between an anchor and a focus cell. */
export function normalizeRange(anchor: CellAddress, focus: CellAddress): CellRange {
  return {
    top: Math.min(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    bottom: Math.max(anchor.row, focus.row),
    right: Math.max(anchor.col, focus.col),
  };
}

export function rangeContains(range: CellRange, cell: CellAddress): boolean {
  return (
    cell.row >= range.top &&
    cell.row <= range.bottom &&
    cell.col >= range.left &&
    cell.col <= range.right
  );
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** A cell moved inside a grid of `rows` × `cols` (both ≥ 1). */
export function clampCell(cell: CellAddress, rows: number, cols: number): CellAddress {
  return { row: clamp(cell.row, 0, rows - 1), col: clamp(cell.col, 0, cols - 1) };
}

/** A range cut to a grid of `rows` × `cols` (null when nothing is left). */
export function clampRange(range: CellRange, rows: number, cols: number): CellRange | null {
  const r = {
    top: Math.max(range.top, 0),
    left: Math.max(range.left, 0),
    bottom: Math.min(range.bottom, rows - 1),
    right: Math.min(range.right, cols - 1),
  };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

export function rangeSize(range: CellRange): { rows: number; cols: number } {
  return { rows: range.bottom - range.top + 1, cols: range.right - range.left + 1 };
}

/** Every cell of a range, row by row. */
export function* rangeCells(range: CellRange): Generator<CellAddress> {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) yield { row, col };
  }
}

/** The row indexes a range touches, top to bottom. */
export function rangeRows(range: CellRange): number[] {
  const out: number[] = [];
  for (let row = range.top; row <= range.bottom; row++) out.push(row);
  return out;
}

/**
 * Where a pasted block of `matrixRows` × `matrixCols` lands when anchored at `anchor`, cut to the
 * grid of `rows` × `cols`; `clipped` says whether part of the block fell outside.
 */
export function pasteTargetRange(
  anchor: CellAddress,
  matrixRows: number,
  matrixCols: number,
  rows: number,
  cols: number,
): { range: CellRange; clipped: boolean } {
  const bottom = anchor.row + matrixRows - 1;
  const right = anchor.col + matrixCols - 1;
  const range = {
    top: anchor.row,
    left: anchor.col,
    bottom: Math.min(bottom, rows - 1),
    right: Math.min(right, cols - 1),
  };
  return { range, clipped: bottom > range.bottom || right > range.right };
}
