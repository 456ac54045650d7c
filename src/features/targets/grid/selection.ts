import type { CellPos, CellRect } from './types.ts';

/**
 * The value cells spanned by the anchor and the extent of a selection, or null when the span
 * holds no value cell (only the row header or the total column).
 */
export function selectionRect(a: CellPos, b: CellPos, cols: number): CellRect | null {
  const left = Math.max(Math.min(a.col, b.col), 0);
  const right = Math.min(Math.max(a.col, b.col), cols - 1);
  if (left > right) return null;
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left,
    right,
  };
}

/** Rows × columns covered by the selection (header and total columns included), for display. */
export function spanSize(a: CellPos, b: CellPos) {
  return { rows: Math.abs(a.row - b.row) + 1, cols: Math.abs(a.col - b.col) + 1 };
}
