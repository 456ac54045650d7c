import { useRef } from 'react';

/** Above this speed a row entering the view first shows only its header (values follow). */
export const FAST_SCROLL_PX_PER_S = 12_000;

/**
 * During a very fast scroll (a fling, dragging the scrollbar) rows that enter the view are drawn
 * light (row header only) and filled in as soon as the scroll slows or stops; rows already drawn
 * in full stay full. Returns a predicate "draw this row light now". Render-time only: reads the
 * scroll offset the virtualiser already has.
 */
export function useFastScroll(offset: number, scrolling: boolean) {
  const last = useRef({ offset, time: 0, full: new Set<number>(), next: new Set<number>() });
  const now = performance.now();
  const s = last.current;
  const dt = now - s.time;
  const speed = dt > 0 && dt < 200 ? (Math.abs(offset - s.offset) / dt) * 1000 : 0;
  const fast = scrolling && speed > FAST_SCROLL_PX_PER_S;
  s.offset = offset;
  s.time = now;
  // Rows drawn in full by the previous render stay full.
  const wasFull = s.next;
  s.full = wasFull;
  s.next = new Set<number>();
  return (row: number, pinned: boolean) => {
    const light = fast && !pinned && !wasFull.has(row);
    if (!light) s.next.add(row);
    return light;
  };
}
