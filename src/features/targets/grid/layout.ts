import type { CSSProperties } from 'react';

/** Fixed geometry: constant sizes make scrolling maths exact and measurement unnecessary. */
export const ROW_H = 32;
export const HEADER_H = 40;
export const FOOTER_H = 36;
export const ROWHEADER_W = 280;
export const COL_W = 112;
export const TOTAL_W = 136;

export interface GridLayout {
  /** Per column (values, then the total at index `cols`): shared style objects. */
  readonly colStyles: readonly CSSProperties[];
  readonly colX: readonly number[];
  readonly width: number;
}

export function gridLayout(cols: number): GridLayout {
  const colStyles: CSSProperties[] = [];
  const colX: number[] = [];
  for (let c = 0; c <= cols; c++) {
    const left = ROWHEADER_W + c * COL_W;
    colX.push(left);
    colStyles.push({ left, width: c === cols ? TOTAL_W : COL_W });
  }
  return { colStyles, colX, width: ROWHEADER_W + cols * COL_W + TOTAL_W };
}

export const colWidth = (c: number, cols: number) => (c === cols ? TOTAL_W : COL_W);

/** Rows that fit between the sticky header and footer (for PageUp / PageDown). */
export const pageRows = (viewportHeight: number) =>
  Math.max(1, Math.floor((viewportHeight - HEADER_H - FOOTER_H) / ROW_H) - 1);

/**
 * The scroll position that brings a cell fully into view below the sticky header, above the
 * sticky footer and right of the sticky row header; unchanged coordinates when already visible.
 */
export function scrollToReveal(
  view: { top: number; left: number; width: number; height: number },
  row: number,
  col: number,
  cols: number,
): { top: number; left: number } {
  let { top, left } = view;
  const y = HEADER_H + row * ROW_H;
  if (y - HEADER_H < top) top = y - HEADER_H;
  else if (y + ROW_H > top + view.height - FOOTER_H) top = y + ROW_H - view.height + FOOTER_H;
  if (col >= 0) {
    const x = ROWHEADER_W + col * COL_W;
    const w = colWidth(col, cols);
    if (x - ROWHEADER_W < left) left = x - ROWHEADER_W;
    else if (x + w > left + view.width) left = x + w - view.width;
  }
  return { top: Math.max(0, top), left: Math.max(0, left) };
}
