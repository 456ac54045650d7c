import { describe, expect, it } from 'vitest';
import {
  COL_W,
  FOOTER_H,
  HEADER_H,
  ROW_H,
  TOTAL_W,
  cellWidthFor,
  fitColumnWidths,
  footerHeight,
  pageRows,
  rowHeight,
  scrollToReveal,
} from './layout.ts';

describe('column widths with the user’s text spacing (WCAG 1.4.12)', () => {
  // 0.12 em of the grid's 13 px: each character 1.56 px wider than the widths were made for.
  const spacing = 0.12 * 13;
  // "2,900,000" as Chromium draws it: 7 digits of 9.05 px, 2 separators of 4.94 px, 26 px of
  // padding and borders, and the spacing after each of its 9 characters.
  const drawn = 7 * 9.05 + 2 * 4.94 + 26 + 9 * spacing;

  it('widens the columns by the letter spacing of each character', () => {
    expect(fitColumnWidths('2,900,000', '34,800,000').colW).toBe(COL_W);
    // It was cut to "2,900,0…" in the default 112 px.
    expect(drawn).toBeGreaterThan(COL_W);
    expect(fitColumnWidths('2,900,000', '34,800,000', spacing).colW).toBeGreaterThanOrEqual(drawn);
    expect(cellWidthFor('2,900,000', spacing)).toBeGreaterThanOrEqual(drawn);
    expect(cellWidthFor('2,900,000', spacing) - cellWidthFor('2,900,000')).toBeLessThanOrEqual(
      Math.ceil(9 * spacing),
    );
  });
});

describe('row height with the user’s text spacing (WCAG 1.4.12)', () => {
  it('keeps the grid’s own rows for its 15 px names, and makes room for two taller lines', () => {
    expect(rowHeight(15)).toBe(ROW_H);
    expect(footerHeight(ROW_H)).toBe(FOOTER_H);
    // A line height of 1.5 of 13 px: two lines of a name were 39 px in a row of 32.
    const rowH = rowHeight(19.5);
    expect(rowH).toBeGreaterThanOrEqual(2 * 19.5);
    expect(footerHeight(rowH)).toBeGreaterThanOrEqual(2 * 19.5);
  });

  it('pages and reveals by the rows’ own height', () => {
    const rowH = rowHeight(19.5);
    expect(pageRows(600)).toBe(Math.floor((600 - HEADER_H - FOOTER_H) / ROW_H) - 1);
    expect(pageRows(600, rowH)).toBe(Math.floor((600 - HEADER_H - footerHeight(rowH)) / rowH) - 1);
    // Row 20 revealed from the top: its bottom just above the taller footer.
    const view = { top: 0, left: 0, width: 300, height: 400 };
    const widths = { colW: COL_W, totalW: TOTAL_W, rowHeaderW: 140, rowH };
    const { top } = scrollToReveal(view, 20, 0, 12, widths);
    expect(HEADER_H + 21 * rowH - top).toBe(view.height - footerHeight(rowH));
  });
});
