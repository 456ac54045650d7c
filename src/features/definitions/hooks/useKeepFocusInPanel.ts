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
 * over at the top of the page. See `focusAfterLoss` for where it goes.
 */
export function useKeepFocusInPanel(rootRef: RefObject<HTMLElement | null>, rowIds: string[]) {
  const last = useRef<{ el: HTMLElement; where: LostFocus } | null>(null);
  const previousIds = useRef<string[]>(rowIds);

  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      const root = rootRef.current;
      const el = e.target;
      if (!root || !(el instanceof HTMLElement) || !root.contains(el)) {
        // Focus moved on (a dialog, another part of the page): nothing to look after.
        if (el instanceof HTMLElement && el !== document.body) last.current = null;
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
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, [rootRef]);

  // After every render: the render may have removed or disabled the focused control.
  useLayoutEffect(() => {
    const before = previousIds.current;
    previousIds.current = rowIds;
    const lost = last.current;
    const root = rootRef.current;
    if (!lost || !root || !isGone(lost.el)) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== lost.el) return;
    last.current = null;
    locate(root, focusAfterLoss(lost.where, before, rowIds))?.focus();
  });
}
