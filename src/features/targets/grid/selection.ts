import { clampRange, normalizeRange } from '../model/range.ts';
import type { CellPos, CellRect } from './types.ts';

/**
 * The value cells spanned by the anchor and the extent of a selection, or null when the span
 * holds no value cell (only the row header or the total column).
 */
export function selectionRect(a: CellPos, b: CellPos, cols: number): CellRect | null {
  return clampRange(normalizeRange(a, b), Number.MAX_SAFE_INTEGER, cols);
}
