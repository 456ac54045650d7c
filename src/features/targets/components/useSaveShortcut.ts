import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { isSaveShortcut } from '../../../ui/saveShortcut.ts';

export interface SaveShortcutActions {
  /** There is something to save (unsaved edits, or a value typed in the cell editor). */
  canSave(): boolean;
  save(): void;
  /** Ctrl+S with nothing to save (or while a save is under way): say so. */
  nothingToSave(): void;
  /** The cell editor gave up the focus (it committed its value): put the focus back in the grid. */
  refocus(): void;
}

/**
 * Ctrl+S inside `ref` (the targets workspace) saves the targets, as in a spreadsheet, instead of
 * the browser offering to save the web page. A value typed in the cell editor is committed first,
 * as clicking Save does (the editor commits as it loses the focus). Listens in the capture phase:
 * the cell editor keeps its keys to itself.
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
    const onKeyDown = (e: KeyboardEvent) => {
      if (!latest.current || !isSaveShortcut(e)) return;
      e.preventDefault();
      const target = e.target;
      if (target instanceof HTMLInputElement && target.closest('[role="grid"]')) {
        // Rendered at once, so the save below sees the committed value everywhere (its count).
        flushSync(() => target.blur());
        latest.current.refocus();
      }
      const act = latest.current;
      if (act.canSave()) act.save();
      else act.nothingToSave();
    };
    el.addEventListener('keydown', onKeyDown, true);
    return () => el.removeEventListener('keydown', onKeyDown, true);
  }, [ref]);
}
