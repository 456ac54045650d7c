import { isTextEntry } from './undoShortcut.ts';

/** What keeps its keys to itself: a dialog, a menu, a list of options, a picker. */
const KEEPS_ITS_KEYS =
  '[role="dialog"], [role="alertdialog"], [role="menu"], [role="listbox"], [role="combobox"], select';

/** Open while it is in the document (menus and dialogs are rendered only while open). */
const OPEN_OVERLAY = '[role="dialog"], [role="alertdialog"], [role="menu"]';

/** The page's own content, where its undo and redo act (the app's navigation is outside it). */
const PAGE_CONTENT = 'main, [role="main"]';

/**
 * Whether an app-wide shortcut (a page's save: Ctrl+S keeps the browser's "Save page as" away
 * wherever the focus is, the app's navigation included) may act on a key pressed with the focus on
 * `target`. Not a text field, a picker, or anything in a dialog or menu; nor while a dialog or menu
 * is open with the focus left behind it, as one opens or closes.
 */
export function isAppShortcutTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element) || isTextEntry(target)) return false;
  if (target.closest(KEEPS_ITS_KEYS)) return false;
  return target.ownerDocument.querySelector(OPEN_OVERLAY) === null;
}

/**
 * Whether a page-wide shortcut (a page's own undo and redo, as in a spreadsheet) may act on a key
 * pressed with the focus on `target`: the body (nothing focused), the page's main content itself
 * (its heading clicked) or a button in it. Not a link or button of the app's navigation, or
 * anything else outside the main content, nor where an app-wide one may not (isAppShortcutTarget:
 * a text field, whose undo is of typing, a picker, a dialog or a menu).
 */
export function isPageShortcutTarget(target: EventTarget | null): boolean {
  if (!isAppShortcutTarget(target)) return false;
  const el = target as Element;
  return el === el.ownerDocument.body || el.closest(PAGE_CONTENT) !== null;
}
