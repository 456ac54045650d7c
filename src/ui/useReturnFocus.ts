import { useLayoutEffect, useRef } from 'react';

/**
 * Radix dialogs return focus to their Trigger on close; a dialog opened from code (no trigger,
 * e.g. the unsaved-changes question) would drop focus on <body>. This remembers what had focus
 * when `open` became true and gives it back on close (`restoreOpener`, for dialogs without a
 * trigger). With or without a trigger, focus the app has already put somewhere on purpose
 * outside the dialog (the grid after an import is applied; the next page after a confirmed
 * delete, where the trigger is gone) stays there. Pass the result to `onCloseAutoFocus`.
 */
export function useReturnFocus(open: boolean, restoreOpener: boolean) {
  const before = useRef<HTMLElement | null>(null);
  // Layout effect: runs before the dialog's focus scope moves focus inside.
  useLayoutEffect(() => {
    if (open && restoreOpener && document.activeElement instanceof HTMLElement)
      before.current = document.activeElement;
  }, [open, restoreOpener]);
  return (event: Event) => {
    const el = before.current;
    before.current = null;
    const now = document.activeElement;
    if (
      now instanceof HTMLElement &&
      now !== document.body &&
      now.isConnected &&
      !now.closest('[role="dialog"], [role="alertdialog"]')
    ) {
      event.preventDefault(); // focus was placed while the dialog closed: leave it there
      return;
    }
    if (restoreOpener && el && el.isConnected) {
      event.preventDefault();
      el.focus();
    }
  };
}
