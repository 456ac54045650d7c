import { useLayoutEffect, useRef } from 'react';

/**
 * Radix dialogs return focus to their Trigger on close; a dialog opened from code (no trigger,
 * e.g. the unsaved-changes question) would drop focus on <body>. This remembers what had focus
 * when `open` became true and gives it back on close. Pass the result to `onCloseAutoFocus`.
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
    if (el && el.isConnected) {
      event.preventDefault();
      el.focus();
    }
  };
}
