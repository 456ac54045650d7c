import { useLayoutEffect, useState, type RefObject } from 'react';
import { ROWHEADER_W, rowHeaderWidth } from './layout.ts';

/**
 * The row-header column's width for the grid's own width (rowHeaderWidth), followed as the grid
 * is resized: a narrow window gives the values room. Re-renders only when the width changes.
 */
export function useRowHeaderWidth(
  scroller: RefObject<HTMLDivElement | null>,
  /** The periods' width: the names leave room for two of them in a narrow grid. */
  colW: number,
): number {
  const [width, setWidth] = useState(ROWHEADER_W);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // Before the first paint, so a narrow grid never shows the wide column first.
    const update = () => {
      if (el.clientWidth > 0) setWidth(rowHeaderWidth(el.clientWidth, colW));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller, colW]);
  return width;
}
