import type { CellPos } from './types.ts';

/**
 * Keyboard movement inside the grid (pure). Columns run from -1 (the row header) through
 * `cols - 1` (the last period) to `cols` (the row total); rows from 0 to `rows - 1`, then the
 * totals footer at `rows` (read-only, but reachable: its totals are read out like any cell).
 */
export interface GridDims {
  readonly rows: number;
  /** Number of value (period) columns. */
  readonly cols: number;
}

export const ROW_HEADER_COL = -1;
export const totalCol = (d: GridDims) => d.cols;
/** The totals footer's row: just below the last body row. */
export const footerRow = (d: GridDims) => d.rows;

export type MoveKey =
  'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

const MOVE_KEYS: ReadonlySet<string> = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

export const isMoveKey = (key: string): key is MoveKey => MOVE_KEYS.has(key);

export function clampPos(p: CellPos, d: GridDims): CellPos {
  const row = Math.min(Math.max(p.row, 0), footerRow(d));
  const col = Math.min(Math.max(p.col, ROW_HEADER_COL), d.cols);
  return row === p.row && col === p.col ? p : { row, col };
}

/**
 * Where a movement key takes `from`. Ctrl+arrows jump to the edge (Ctrl+Down to the last row of
 * figures, as a spreadsheet's edge of the data), Ctrl+Home/End to the first / last cell of the
 * grid (the footer's grand total, as the WAI-ARIA grid pattern has it), Page keys move by
 * `pageRows`; Down and Page Down go on into the footer.
 */
export function move(from: CellPos, key: MoveKey, ctrl: boolean, d: GridDims, pageRows: number) {
  const lastBody = Math.max(d.rows - 1, 0);
  let { row, col } = from;
  switch (key) {
    case 'ArrowUp':
      row = ctrl ? 0 : row - 1;
      break;
    case 'ArrowDown':
      row = ctrl ? Math.max(row, lastBody) : row + 1;
      break;
    case 'ArrowLeft':
      col = ctrl ? ROW_HEADER_COL : col - 1;
      break;
    case 'ArrowRight':
      col = ctrl ? d.cols : col + 1;
      break;
    case 'Home':
      col = ROW_HEADER_COL;
      if (ctrl) row = 0;
      break;
    case 'End':
      col = d.cols;
      if (ctrl) row = footerRow(d);
      break;
    case 'PageUp':
      row -= Math.max(1, pageRows);
      break;
    case 'PageDown':
      row += Math.max(1, pageRows);
      break;
  }
  return clampPos({ row, col }, d);
}

/**
 * Tab / Shift+Tab: next / previous cell in the row. Returns null at the row's edge, so focus
 * leaves the grid (one tab stop, no keyboard trap).
 */
export function tab(from: CellPos, back: boolean, d: GridDims): CellPos | null {
  const col = from.col + (back ? -1 : 1);
  if (col < ROW_HEADER_COL || col > d.cols) return null;
  return { row: from.row, col };
}
