import { useLayoutEffect, useRef } from 'react';

/**
 * Radix dialogs return focus to their Trigger on close; a dialog opened from code (no trigger,
 * e.g. the unsaved-changes question) would drop focus on <body>. This remembers what had focus
 * when `open` became true and gives it back on close, unless the app has already put focus
 * somewhere on purpose (the grid after an import is applied). Pass the result to
 * `onCloseAutoFocus`.
 */
export function useReturnFocus(open: boolean, enabled: boolean) {
  const before = useRef<HTMLElement | null>(null);
  // Layout effect: runs before the dialog's focus scope moves focus inside.
  useLayoutEffect(() => {
    if (open && enabled && document.activeElement instanceof HTMLElement)
      before.current = document.activeElement;
  }, [open, enabled]);
  return (event: Event) => {
    if (!enabled) return;
    const el = before.current;
    before.current = null;
    const now = document.activeElement;
    if (now instanceof HTMLElement && now !== document.body && now.isConnected) {
      event.preventDefault(); // focus was placed while the dialog closed: leave it there
      return;
    }
    if (el && el.isConnected) {
      event.preventDefault();
      el.focus();
    }
  };
}
