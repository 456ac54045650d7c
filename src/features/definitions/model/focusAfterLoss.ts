import { rowToFocusAfterDelete } from './focusAfterDelete.ts';

/** Where the control that had focus was, in the upload panel. */
export type LostFocus = { rowId: string } | { inToolbar: true } | { elsewhere: true };

export type FocusTarget =
  { row: string; control: 'actions' | 'remove' } | { toolbar: true } | { dropZone: true };

/**
 * Where focus goes when the focused control of the upload panel went away or was disabled (an
 * Upload button that became Cancel, a removed file, a dismissed notice), so a keyboard user is
 * never left on <body>: the same file's actions; the Remove button of the file now in a removed
 * one's place, else the previous one; the toolbar's next enabled button; else the drop zone.
 */
export function focusAfterLoss(
  lost: LostFocus,
  rowIdsBefore: readonly string[],
  rowIdsNow: readonly string[],
): FocusTarget {
  if ('rowId' in lost) {
    if (rowIdsNow.includes(lost.rowId)) return { row: lost.rowId, control: 'actions' };
    const next = rowToFocusAfterDelete(rowIdsBefore, lost.rowId, rowIdsNow);
    return next === null ? { dropZone: true } : { row: next, control: 'remove' };
  }
  if ('inToolbar' in lost && rowIdsNow.length > 0) return { toolbar: true };
  return { dropZone: true };
}
