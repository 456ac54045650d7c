import { useEffect, type RefObject } from 'react';

/**
 * Space kept between the focused control and the toasts it is moved above: its focus ring, and
 * the 8 px the toast is still to slide up when measured.
 */
const GAP = 16;

/**
 * A new toast must not cover the control that has keyboard focus (WCAG 2.4.11): in a narrow
 * window the toasts span its width at the bottom, where a form's Save button often is. The page
 * is scrolled up until the control is clear of them, with room added below the page while
 * toasts show when it is already at its end.
 */
export function useToastClearOfFocus(
  list: RefObject<HTMLOListElement | null>,
  newestOpen: number | undefined,
  anyOpen: boolean,
) {
  useEffect(() => {
    if (newestOpen === undefined) return;
    // After the toast has been put in the list and laid out: the list itself may still be
    // loading, and Radix puts toasts into it a render later, so look again for a few frames.
    let frame = 0;
    let tries = 30;
    const clear = () => {
      const region = list.current?.parentElement;
      const focused = document.activeElement;
      const toasts = [...(list.current?.children ?? [])]
        .filter((t) => t.getAttribute('data-state') === 'open')
        .map((t) => t.getBoundingClientRect());
      if (toasts.length === 0) {
        if (--tries > 0) frame = requestAnimationFrame(clear);
        return;
      }
      if (!region || !(focused instanceof HTMLElement)) return;
      if (focused === document.body || region.contains(focused)) return;
      const top = Math.min(...toasts.map((r) => r.top));
      const left = Math.min(...toasts.map((r) => r.left));
      const right = Math.max(...toasts.map((r) => r.right));
      const f = focused.getBoundingClientRect();
      if (f.bottom <= top || f.top >= window.innerHeight || f.right <= left || f.left >= right)
        return;
      const by = f.bottom - top + GAP;
      const room = document.documentElement.scrollHeight - window.innerHeight - window.scrollY;
      const padding = document.body.style.paddingBottom;
      if (room < by) document.body.style.paddingBottom = `${window.innerHeight - top + GAP}px`;
      window.scrollBy(0, by);
      // A control in a sticky or fixed bar does not move with the page: leave the page as it was.
      if (focused.getBoundingClientRect().top === f.top) {
        window.scrollBy(0, -by);
        document.body.style.paddingBottom = padding;
      }
    };
    frame = requestAnimationFrame(clear);
    return () => cancelAnimationFrame(frame);
  }, [list, newestOpen]);

  // The room is only needed while toasts show.
  useEffect(() => {
    if (!anyOpen) document.body.style.paddingBottom = '';
  }, [anyOpen]);
}
