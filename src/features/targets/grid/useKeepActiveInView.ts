import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { scrollToReveal, type ColumnWidths } from './layout.ts';
import type { CellPos } from './types.ts';

/**
 * When the grid's box shrinks (the history panel opens beside it, the window gets smaller), the
 * active cell that was in view is scrolled back into view: it would otherwise sit cut off at the
 * edge, or past it. A cell the user had scrolled away from is left where it is.
 */
export function useKeepActiveInView(
  scroller: RefObject<HTMLDivElement | null>,
  active: CellPos,
  colCount: number,
  widths: ColumnWidths,
) {
  const latest = useRef({ active, colCount, widths });
  useLayoutEffect(() => {
    latest.current = { active, colCount, widths };
  });
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let size = { width: el.clientWidth, height: el.clientHeight };
    const observer = new ResizeObserver(() => {
      const { active: at, colCount: cols, widths: w } = latest.current;
      const before = { top: el.scrollTop, left: el.scrollLeft, ...size };
      size = { width: el.clientWidth, height: el.clientHeight };
      const reveal = (view: typeof before) => scrollToReveal(view, at.row, at.col, cols, w);
      const was = reveal(before);
      if (was.top !== before.top || was.left !== before.left) return; // not in view before
      const to = reveal({ ...before, ...size });
      if (to.top !== el.scrollTop) el.scrollTop = to.top;
      if (to.left !== el.scrollLeft) el.scrollLeft = to.left;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller]);
}
