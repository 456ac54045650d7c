import { isTextEntry } from './undoShortcut.ts';

/** What keeps its keys to itself: a dialog, a menu, a list of options, a picker. */
const KEEPS_ITS_KEYS =
  '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="combobox"], select';

/** Open while it is in the document (menus and dialogs are rendered only while open). */
const OPEN_OVERLAY = '[role="dialog"], [role="alertdialog"], [role="menu"]';

/**
 * Whether a page-wide shortcut (a page's own undo, redo and save, as in a spreadsheet) may act on
 * a key pressed with the focus on `target`: the body, the page itself (its heading clicked) or a
 * button on it. Not a text field (its undo is of typing), a picker, or anything in a dialog or
 * menu; nor while a dialog or menu is open with the focus left behind it, as one opens or closes.
 */
export function isPageShortcutTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || isTextEntry(target)) return false;
  if (target.closest(KEEPS_ITS_KEYS)) return false;
  return target.ownerDocument.querySelector(OPEN_OVERLAY) === null;
}
