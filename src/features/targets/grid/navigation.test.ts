import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyIntent } from './keys.ts';
import {
  COL_W,
  FOOTER_H,
  HEADER_H,
  ROWHEADER_MIN_W,
  ROWHEADER_W,
  rowHeaderWidth,
  ROW_H,
  TOTAL_W,
  fitColumnWidths,
  gridLayout,
  scrollToReveal,
  editorMessageAbove,
} from './layout.ts';
import { clampPos, footerRow, move, tab, type MoveKey } from './navigation.ts';
import { selectionRect } from './selection.ts';

const d = { rows: 100, cols: 12 };
const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {},
) => keyIntent({ key: k, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });

describe('grid navigation', () => {
  it('moves by one, to edges with Ctrl, by pages, and clamps', () => {
    expect(move({ row: 5, col: 3 }, 'ArrowUp', false, d, 10)).toEqual({ row: 4, col: 3 });
    expect(move({ row: 0, col: 3 }, 'ArrowUp', false, d, 10)).toEqual({ row: 0, col: 3 });
    expect(move({ row: 5, col: 3 }, 'ArrowDown', true, d, 10)).toEqual({ row: 99, col: 3 });
    expect(move({ row: 5, col: 3 }, 'ArrowLeft', true, d, 10)).toEqual({ row: 5, col: -1 });
    expect(move({ row: 5, col: 3 }, 'End', false, d, 10)).toEqual({ row: 5, col: 12 });
    expect(move({ row: 5, col: 3 }, 'Home', true, d, 10)).toEqual({ row: 0, col: -1 });
    expect(move({ row: 95, col: 3 }, 'PageDown', false, d, 20)).toEqual({ row: 100, col: 3 });
    expect(move({ row: 15, col: 3 }, 'PageUp', false, d, 10)).toEqual({ row: 5, col: 3 });
  });

  it('reaches the totals row below the last row: Down, Page Down, Ctrl+End (its grand total)', () => {
    // Row 100 of a 100-row grid is the totals footer; the keyboard stopped at row 99.
    expect(footerRow(d)).toBe(100);
    expect(move({ row: 99, col: 3 }, 'ArrowDown', false, d, 10)).toEqual({ row: 100, col: 3 });
    expect(move({ row: 100, col: 3 }, 'ArrowDown', false, d, 10)).toEqual({ row: 100, col: 3 });
    expect(move({ row: 95, col: 3 }, 'PageDown', false, d, 10)).toEqual({ row: 100, col: 3 });
    // The WAI-ARIA grid's Ctrl+End: the last cell of the last row, the grand total.
    expect(move({ row: 5, col: 3 }, 'End', true, d, 10)).toEqual({ row: 100, col: 12 });
    expect(move({ row: 100, col: 12 }, 'ArrowUp', false, d, 10)).toEqual({ row: 99, col: 12 });
    // Ctrl+Down still goes to the last row of figures, as a spreadsheet's edge of the data.
    expect(move({ row: 5, col: 3 }, 'ArrowDown', true, d, 10)).toEqual({ row: 99, col: 3 });
    expect(clampPos({ row: 250, col: 3 }, d)).toEqual({ row: 100, col: 3 });
    // An empty grid has its totals row only.
    expect(move({ row: 0, col: 0 }, 'End', true, { rows: 0, cols: 12 }, 10)).toEqual({
      row: 0,
      col: 12,
    });
  });

  it('never leaves the grid whatever the key sequence', () => {
    const keys: MoveKey[] = [
      'ArrowUp',
      'ArrowDown',
      'ArrowLeft',
      'ArrowRight',
      'Home',
      'End',
      'PageUp',
      'PageDown',
    ];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.boolean())), (seq) => {
        let p = { row: 0, col: 0 };
        for (const [k, ctrl] of seq) p = move(p, k, ctrl, d, 7);
        return p.row >= 0 && p.row <= footerRow(d) && p.col >= -1 && p.col <= d.cols;
      }),
    );
  });

  it('tabs within the row and lets focus leave at its edges', () => {
    expect(tab({ row: 1, col: 3 }, false, d)).toEqual({ row: 1, col: 4 });
    expect(tab({ row: 1, col: 12 }, false, d)).toBeNull();
    expect(tab({ row: 1, col: -1 }, true, d)).toBeNull();
  });

  it('maps keys to intents', () => {
    expect(key('ArrowDown', { shiftKey: true })).toEqual({
      kind: 'move',
      key: 'ArrowDown',
      ctrl: false,
      extend: true,
    });
    expect(key('7')).toEqual({ kind: 'type', text: '7' });
    expect(key('-')).toEqual({ kind: 'type', text: '-' });
    expect(key('a')).toEqual({ kind: 'none' });
    expect(key('F2')).toEqual({ kind: 'edit' });
    expect(key('Enter')).toEqual({ kind: 'edit' });
    expect(key('Delete')).toEqual({ kind: 'clear' });
    expect(key('z', { ctrlKey: true })).toEqual({ kind: 'undo' });
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toEqual({ kind: 'redo' });
    expect(key('y', { metaKey: true })).toEqual({ kind: 'redo' });
    expect(key('c', { ctrlKey: true })).toEqual({ kind: 'none' });
    expect(key('F10', { shiftKey: true })).toEqual({ kind: 'menu' });
  });

  it('normalises selections to value cells only', () => {
    expect(selectionRect({ row: 4, col: 5 }, { row: 1, col: 2 }, 12)).toEqual({
      top: 1,
      bottom: 4,
      left: 2,
      right: 5,
    });
    expect(selectionRect({ row: 0, col: -1 }, { row: 2, col: 12 }, 12)).toEqual({
      top: 0,
      bottom: 2,
      left: 0,
      right: 11,
    });
    expect(selectionRect({ row: 0, col: -1 }, { row: 2, col: -1 }, 12)).toBeNull();
  });

  it('leaves the totals row out of what is cleared, pasted into or copied', () => {
    // Rows 0..99 hold figures; row 100 is the totals footer, derived from them.
    expect(selectionRect({ row: 98, col: 2 }, { row: 100, col: 3 }, 12, 100)).toEqual({
      top: 98,
      bottom: 99,
      left: 2,
      right: 3,
    });
    expect(selectionRect({ row: 100, col: 0 }, { row: 100, col: 12 }, 12, 100)).toBeNull();
  });

  it('scrolls just enough to reveal a cell between the sticky header and footer', () => {
    const view = { top: 0, left: 0, width: 800, height: 400 };
    expect(scrollToReveal(view, 0, 0, 12)).toEqual({ top: 0, left: 0 });
    const r = scrollToReveal(view, 50, 0, 12);
    expect(r.top).toBe(HEADER_H + 51 * ROW_H - 400 + FOOTER_H);
    expect(scrollToReveal({ ...view, top: 1000 }, 2, 0, 12).top).toBe(2 * ROW_H);
    expect(scrollToReveal(view, 0, 11, 12).left).toBeGreaterThan(0);
  });

  it('scrolls back to the first columns for the row header (Home, Ctrl+Home, Ctrl+Left)', () => {
    const scrolledRight = { top: 0, left: 778, width: 982, height: 460 };
    expect(scrollToReveal(scrolledRight, 3, -1, 12)).toEqual({ top: 0, left: 0 });
    expect(scrollToReveal(scrolledRight, 3, 0, 12).left).toBe(0);
  });
});

describe('editorMessageAbove', () => {
  // A grid whose client box runs from y 100 to 500: rows show from 140 to 464.
  const at = (top: number) => ({ top, bottom: top + ROW_H });
  it('puts the message below the cell when it fits above the totals footer', () => {
    expect(editorMessageAbove(at(140), 40, 100, 500)).toBe(false);
    expect(editorMessageAbove(at(500 - FOOTER_H - ROW_H - 44), 40, 100, 500)).toBe(false);
  });

  it('puts it above the cell on the last visible row, where the footer would cover it', () => {
    expect(editorMessageAbove(at(500 - FOOTER_H - ROW_H), 40, 100, 500)).toBe(true);
  });

  it('with room on neither side, takes the side with more', () => {
    expect(
      editorMessageAbove(at(100 + HEADER_H), 60, 100, 100 + HEADER_H + ROW_H + FOOTER_H + 20),
    ).toBe(false);
    expect(
      editorMessageAbove(at(100 + HEADER_H + 30), 60, 100, 100 + HEADER_H + ROW_H + FOOTER_H + 40),
    ).toBe(true);
  });
});

describe('fitColumnWidths', () => {
  it('keeps the default widths for short figures and widens for long ones', () => {
    expect(fitColumnWidths('1,234', '12,345')).toEqual({ colW: COL_W, totalW: TOTAL_W });
    const wide = fitColumnWidths('1,122,768,000.00', '12,122,768,000.00');
    expect(wide.colW).toBeGreaterThan(COL_W);
    expect(wide.totalW).toBeGreaterThan(wide.colW);
  });

  it("shows a 10,000-row group's grand total whole: 11 digits and 3 separators", () => {
    // Chromium draws the grid's semibold tabular digits 9.05 px wide, separators 4.94 px; a
    // total cell has 24 px of padding and 2 px of borders. (It was cut to "10,041,013,0…".)
    const drawn = 11 * 9.05 + 3 * 4.94 + 26;
    expect(fitColumnWidths('1,305,338,000', '10,041,013,000').totalW).toBeGreaterThanOrEqual(drawn);
    expect(fitColumnWidths('10,041,013,000', '1').colW).toBeGreaterThanOrEqual(drawn);
  });

  it('narrows the row names to leave a 400 px window two value columns, not under one', () => {
    // At 400 px the grid is 366 px wide: 280 px of names left 86 px for values.
    expect(rowHeaderWidth(366)).toBe(ROWHEADER_MIN_W);
    expect(366 - rowHeaderWidth(366)).toBeGreaterThanOrEqual(2 * COL_W);
    expect(rowHeaderWidth(1200)).toBe(ROWHEADER_W);
    expect(rowHeaderWidth(606)).toBeLessThan(ROWHEADER_W);
    // A footer total with cents widens the periods to 115 px: two still fit at 400 px.
    expect(rowHeaderWidth(366, 115) + 2 * 115).toBeLessThanOrEqual(366);
    expect(rowHeaderWidth(1200, 115)).toBe(ROWHEADER_W);
    const widths = { colW: COL_W, totalW: TOTAL_W, rowHeaderW: 140 };
    expect(gridLayout(12, widths).colX[0]).toBe(140);
    // Revealing the third column scrolls it in just right of the narrow names.
    const view = { top: 0, left: 0, width: 366, height: 400 };
    expect(scrollToReveal(view, 0, 2, 12, widths).left).toBe(140 + 3 * COL_W - 366);
    expect(scrollToReveal({ ...view, left: 500 }, 0, 2, 12, widths).left).toBe(2 * COL_W);
  });

  it('lays columns out and reveals cells with the fitted widths', () => {
    const widths = { colW: 200, totalW: 240 };
    const l = gridLayout(4, widths);
    expect(l.colX[1] - l.colX[0]).toBe(200);
    expect(l.width).toBe(ROWHEADER_W + 4 * 200 + 240);
    const view = { top: 0, left: 0, width: 600, height: 400 };
    expect(scrollToReveal(view, 0, 3, 4, widths).left).toBe(ROWHEADER_W + 3 * 200 + 200 - 600);
  });
});
