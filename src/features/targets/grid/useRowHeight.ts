import { useLayoutEffect, useState, type RefObject } from 'react';
import { ROW_H, rowHeight } from './layout.ts';

/**
 * The rows' height: ROW_H, or taller in a narrow grid whose row names (two lines there) are
 * drawn with a larger line height than the grid's own, as the user's text spacing sets (WCAG
 * 1.4.12). Read once as the grid turns narrow, before it is painted; not per row or scroll.
 */
export function useRowHeight(scroller: RefObject<HTMLDivElement | null>, narrow: boolean): number {
  const [rowH, setRowH] = useState(ROW_H);
  useLayoutEffect(() => {
    const name = narrow ? scroller.current?.querySelector('[role="rowheader"] > span') : null;
    // "normal" (a user's own choice) reads as NaN: the grid's own height then.
    const lineHeight = name ? parseFloat(getComputedStyle(name).lineHeight) : NaN;
    setRowH(Number.isFinite(lineHeight) ? rowHeight(lineHeight) : ROW_H);
  }, [scroller, narrow]);
  return rowH;
}
