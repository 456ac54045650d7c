import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { focusAfterLoss, type FocusTarget, type LostFocus } from '../model/focusAfterLoss.ts';

/** The attributes the upload panel's parts carry, for finding them here. */
export const focusParts = {
  row: 'data-batch-row',
  rowActions: 'data-batch-row-actions',
  remove: 'data-batch-remove',
  toolbar: 'data-batch-toolbar',
  dropZone: 'data-drop-zone',
} as const;

const enabledButton = (scope: Element | null | undefined) =>
  scope?.querySelector<HTMLElement>('button:not(:disabled)');

function locate(root: HTMLElement, target: FocusTarget): HTMLElement | null | undefined {
  const dropZone = () => root.querySelector<HTMLElement>(`[${focusParts.dropZone}]`);
  if ('row' in target) {
    const row = [...root.querySelectorAll(`[${focusParts.row}]`)].find(
      (r) => r.getAttribute(focusParts.row) === target.row,
    );
    const remove = row?.querySelector<HTMLElement>(`[${focusParts.remove}]:not(:disabled)`);
    const actions = enabledButton(row?.querySelector(`[${focusParts.rowActions}]`));
    return (target.control === 'remove' ? (remove ?? actions) : (actions ?? remove)) ?? dropZone();
  }
  if ('toolbar' in target)
    return enabledButton(root.querySelector(`[${focusParts.toolbar}]`)) ?? dropZone();
  return dropZone();
}

const isGone = (el: HTMLElement) => !el.isConnected || el.matches(':disabled');

/**
 * Keeps keyboard focus in the upload panel when the focused control goes away or is disabled
 * by what it did (Upload turns into Cancel, Remove takes its file away, Upload all and Clear
 * uploaded disable themselves): focus would otherwise drop to <body>, and the next Tab starts
 * over at the top of the page. See `focusAfterLoss` for where it goes. A dialog opened from the
 * panel (platform sign-in) that hands focus back to a control disabled meanwhile is covered too.
 */
export function useKeepFocusInPanel(rootRef: RefObject<HTMLElement | null>, rowIds: string[]) {
  const last = useRef<{ el: HTMLElement; where: LostFocus } | null>(null);
  const previousIds = useRef<string[]>(rowIds);

  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const root = rootRef.current;
      const el = e.target;
      if (!root || !(el instanceof HTMLElement)) return;
      if (!root.contains(el)) {
        // A dialog opened from the panel hands focus back when it closes, to a control that may
        // be disabled by then: keep looking after it. Anywhere else, focus has moved on.
        if (!el.closest('[role="dialog"], [role="alertdialog"]')) last.current = null;
        return;
      }
      const rowId = el.closest(`[${focusParts.row}]`)?.getAttribute(focusParts.row);
      const where: LostFocus = rowId
        ? { rowId }
        : el.closest(`[${focusParts.toolbar}]`)
          ? { inToolbar: true }
          : { elsewhere: true };
      last.current = { el, where };
    };
    // A click is not a keyboard user losing their place; a control it focuses is noted again.
    const onPointerDown = () => {
      last.current = null;
    };
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [rootRef]);

  // After every render: the render may have removed or disabled the focused control, or enabled
  // again the one a closing dialog failed to hand focus back to.
  useLayoutEffect(() => {
    const before = previousIds.current;
    previousIds.current = rowIds;
    const lost = last.current;
    const root = rootRef.current;
    if (!lost || !root || !document.hasFocus()) return;
    const active = document.activeElement;
    const onBody = !active || active === document.body;
    if (!onBody && active !== lost.el) return;
    if (!isGone(lost.el)) {
      if (onBody) lost.el.focus();
      return;
    }
    last.current = null;
    locate(root, focusAfterLoss(lost.where, before, rowIds))?.focus();
  });
}
