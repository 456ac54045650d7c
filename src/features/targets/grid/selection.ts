import { clampRange, normalizeRange } from '../model/range.ts';
import type { CellPos, CellRect } from './types.ts';

/**
 * The value cells spanned by the anchor and the extent of a selection, or null when the span
 * holds no value cell (only the row header, the total column or the totals footer). With `rows`,
 * the footer (row `rows`) is left out: its totals are derived, never cleared or pasted into.
 */
export function selectionRect(
  a: CellPos,
  b: CellPos,
  cols: number,
  rows = Number.MAX_SAFE_INTEGER,
): CellRect | null {
  return clampRange(normalizeRange(a, b), rows, cols);
}
