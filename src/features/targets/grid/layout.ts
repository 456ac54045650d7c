import type { CSSProperties } from 'react';

/** Fixed geometry: constant sizes make scrolling maths exact and measurement unnecessary. */
export const ROW_H = 32;
export const HEADER_H = 40;
export const FOOTER_H = 36;
export const ROWHEADER_W = 280;
/** The narrowest row-header column (a 400 px window); longer names are cut with "…". */
export const ROWHEADER_MIN_W = 140;
/** The narrowest the row names get to leave room for two wide periods ("Flowd…" and a lock). */
export const ROWHEADER_TIGHT_W = 120;
export const COL_W = 112;
export const TOTAL_W = 136;

export interface GridLayout {
  /** Per column (values, then the total at index `cols`): shared style objects. */
  readonly colStyles: readonly CSSProperties[];
  readonly colX: readonly number[];
  readonly width: number;
  /** Width of a value column and of the total column. */
  readonly colW: number;
  readonly totalW: number;
}

export interface ColumnWidths {
  colW: number;
  totalW: number;
  /** The row-header column: ROWHEADER_W unless the grid is narrow (rowHeaderWidth). */
  rowHeaderW?: number;
  /** The rows' height: ROW_H unless the user's text spacing needs more (rowHeight). */
  rowH?: number;
}

/**
 * The rows' height for the line height a narrow grid's row names are drawn with (they take two
 * lines there): ROW_H for the grid's own 15 px, taller for the user's text spacing (WCAG 1.4.12:
 * a line height of 1.5 made two lines 39 px, over the next row's name).
 */
export function rowHeight(nameLineHeight: number): number {
  return Math.max(ROW_H, Math.ceil(2 * nameLineHeight + 2));
}

/** The totals footer's height for rows `rowH` high: its name takes two lines too. */
export const footerHeight = (rowH: number) => FOOTER_H + rowH - ROW_H;

/**
 * The row-header column for a grid `gridWidth` px wide: 280 px where that leaves room for the
 * values, else 38 % of the grid, not under 140 px. At 400 px (a grid of 366) 280 px left 86 px
 * for values, less than one column; 140 px leaves two of `colW` 112 (fewer px for wider ones).
 */
export function rowHeaderWidth(gridWidth: number, colW: number = COL_W): number {
  const width = Math.min(ROWHEADER_W, Math.max(ROWHEADER_MIN_W, gridWidth * 0.38));
  // Periods wider than the default (a footer total with cents, "690,459.50"): the names give up
  // a little more, down to ROWHEADER_TIGHT_W, so two periods still fit beside them.
  return Math.round(Math.min(width, Math.max(ROWHEADER_TIGHT_W, gridWidth - 2 * colW)));
}

export const DEFAULT_WIDTHS: ColumnWidths = { colW: COL_W, totalW: TOTAL_W };

// Semibold tabular digits of the grid's 13 px font are about 9 px wide, separators and signs
// about 5 px (measured in Chromium: 9.05 and 4.94); a little over, as other system fonts differ.
// Padding and borders take 26 px. One width for every character (8 px) cut the 10,000-row
// group's grand total to "10,041,013,0…".
const DIGIT_W = 9.5;
const OTHER_W = 5.5;
const CELL_PAD = 28;

/**
 * Roughly how wide a formatted figure is drawn in a total cell (semibold). `spacing`: the letter
 * spacing the cells are drawn with, in px per character (0 unless the user's own styles widen
 * it, as WCAG 1.4.12's text spacing does: 0.12 em cut "2,900,000" to "2,900,0…").
 */
export function figureWidth(text: string, spacing = 0): number {
  let w = 0;
  for (const ch of text) w += (ch >= '0' && ch <= '9' ? DIGIT_W : OTHER_W) + spacing;
  return w;
}

/**
 * The width a cell needs for a figure, measured as drawn (semibold digits 9.05 px, separators
 * and signs 4.94 px, padding and borders 26 px) with 2 px to spare: for the figures of single
 * cells, whose columns must not widen for what already fits (a group's 32,800,000 yen);
 * `spacing` as for figureWidth.
 */
export function cellWidthFor(text: string, spacing = 0): number {
  let w = 28;
  for (const ch of text) w += (ch >= '0' && ch <= '9' ? 9.05 : 4.94) + spacing;
  return Math.ceil(w);
}

/**
 * Columns wide enough for their longest formatted figures (the footer's sums of users and the
 * grand total are the widest), never narrower than the defaults: a quarterly or yearly group,
 * or a large one, shows its totals whole instead of cut off.
 */
export function fitColumnWidths(
  widestValue: string,
  widestTotal: string,
  spacing = 0,
): ColumnWidths {
  return {
    colW: Math.max(COL_W, Math.ceil(figureWidth(widestValue, spacing) + CELL_PAD)),
    totalW: Math.max(TOTAL_W, Math.ceil(figureWidth(widestTotal, spacing) + CELL_PAD)),
  };
}

export function gridLayout(cols: number, widths: ColumnWidths = DEFAULT_WIDTHS): GridLayout {
  const { colW, totalW, rowHeaderW = ROWHEADER_W } = widths;
  const colStyles: CSSProperties[] = [];
  const colX: number[] = [];
  for (let c = 0; c <= cols; c++) {
    const left = rowHeaderW + c * colW;
    colX.push(left);
    colStyles.push({ left, width: c === cols ? totalW : colW });
  }
  return { colStyles, colX, width: rowHeaderW + cols * colW + totalW, colW, totalW };
}

export const colWidth = (c: number, cols: number, widths: ColumnWidths = DEFAULT_WIDTHS) =>
  c === cols ? widths.totalW : widths.colW;

/** Rows that fit between the sticky header and footer (for PageUp / PageDown). */
export const pageRows = (viewportHeight: number, rowH = ROW_H) =>
  Math.max(1, Math.floor((viewportHeight - HEADER_H - footerHeight(rowH)) / rowH) - 1);

/**
 * The scroll position that brings a cell fully into view below the sticky header, above the
 * sticky footer and right of the sticky row header; unchanged coordinates when already visible.
 * A row header (col -1) brings the first columns back into view.
 */
export function scrollToReveal(
  view: { top: number; left: number; width: number; height: number },
  row: number,
  col: number,
  cols: number,
  widths: ColumnWidths = DEFAULT_WIDTHS,
): { top: number; left: number } {
  let { top, left } = view;
  const rowH = widths.rowH ?? ROW_H;
  const y = HEADER_H + row * rowH;
  const footerH = footerHeight(rowH);
  if (y - HEADER_H < top) top = y - HEADER_H;
  else if (y + rowH > top + view.height - footerH) top = y + rowH - view.height + footerH;
  // The row header is sticky, so always in view; its row's values start at the first column,
  // which is where Home / Ctrl+Home / Ctrl+Left take the planner (as a spreadsheet does).
  if (col < 0) left = 0;
  else {
    const rowHeaderW = widths.rowHeaderW ?? ROWHEADER_W;
    const x = rowHeaderW + col * widths.colW;
    const w = colWidth(col, cols, widths);
    if (x - rowHeaderW < left) left = x - rowHeaderW;
    else if (x + w > left + view.width) left = x + w - view.width;
  }
  return { top: Math.max(0, top), left: Math.max(0, left) };
}

/** Space between a cell and the message the editor shows next to it. */
export const EDITOR_MESSAGE_GAP = 4;

/**
 * Whether the editor's message goes above its cell: it does when below it would reach under the
 * sticky totals footer (the last visible row) and above it has room under the sticky header;
 * with room on neither side, the side with more. `areaTop` / `areaBottom`: the grid's client box.
 */
export function editorMessageAbove(
  cell: { top: number; bottom: number },
  messageHeight: number,
  areaTop: number,
  areaBottom: number,
): boolean {
  const roomBelow = areaBottom - FOOTER_H - cell.bottom - EDITOR_MESSAGE_GAP;
  const roomAbove = cell.top - (areaTop + HEADER_H) - EDITOR_MESSAGE_GAP;
  if (roomBelow >= messageHeight) return false;
  return roomAbove >= messageHeight || roomAbove > roomBelow;
}
