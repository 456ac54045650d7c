import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The letter spacing (px per character) the grid's cells are drawn with: 0 unless the user's own
 * styles widen it (WCAG 1.4.12 text spacing), which the column widths then make room for. Read
 * once, as the grid appears (not per cell or scroll: the widths are estimated, not measured).
 */
export function useLetterSpacing(scroller: RefObject<HTMLDivElement | null>): number {
  const [spacing, setSpacing] = useState(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    // A value cell's own ("0.12em" is computed at its font size); "normal" reads as 0.
    const cell = el.querySelector('[role="gridcell"]') ?? el;
    const px = parseFloat(getComputedStyle(cell).letterSpacing);
    if (px > 0) setSpacing(px);
  }, [scroller]);
  return spacing;
}
