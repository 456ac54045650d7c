import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { isAppShortcutTarget } from '../../../ui/pageShortcut.ts';
import { isSaveShortcut } from '../../../ui/saveShortcut.ts';

export interface SaveShortcutActions {
  /** There is something to save (unsaved edits, or a value typed in the cell editor). */
  canSave(): boolean;
  save(): void;
  /**
   * Ctrl+S with nothing to save (or while a save is under way, or on targets the user may only
   * read, when canSave is always false): say so.
   */
  nothingToSave(): void;
  /** The cell editor gave up the focus (it committed its value): put the focus back in the grid. */
  refocus(): void;
}

/**
 * Ctrl+S anywhere on the page while `ref` (the targets workspace) is shown saves the targets, as
 * in a spreadsheet, instead of the browser offering to save the web page: from its grid, the cell
 * editor included, and from wherever else an app-wide shortcut may act (isAppShortcutTarget: the
 * app's navigation too; not another text field, a picker, a dialog or a menu). A value typed in the cell editor is committed
 * first, as clicking Save does (the editor commits as it loses the focus). Listens in the capture
 * phase: the cell editor keeps its keys to itself. `actions` null leaves Ctrl+S to the browser; a
 * read-only user gets actions too (nothing to save, and why), as "Save page as" is never wanted.
 */
export function useSaveShortcut(
  ref: RefObject<HTMLElement | null>,
  actions: SaveShortcutActions | null,
): void {
  const latest = useRef(actions);
  useLayoutEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const doc = el.ownerDocument;
    const onKeyDown = (e: KeyboardEvent) => {
      if (!latest.current || !isSaveShortcut(e)) return;
      const target = e.target;
      const grid = el.querySelector('[role="grid"]');
      const inGrid = target instanceof Node && grid?.contains(target) === true;
      if (!inGrid && !isAppShortcutTarget(target)) return;
      e.preventDefault();
      if (inGrid && target instanceof HTMLInputElement) {
        // Rendered at once, so the save below sees the committed value everywhere (its count).
        flushSync(() => target.blur());
        latest.current.refocus();
      }
      const act = latest.current;
      if (act.canSave()) act.save();
      else act.nothingToSave();
    };
    doc.addEventListener('keydown', onKeyDown, true);
    return () => doc.removeEventListener('keydown', onKeyDown, true);
  }, [ref]);
}
