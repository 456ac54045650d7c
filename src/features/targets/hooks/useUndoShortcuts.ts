import { useEffect, useRef, type RefObject } from 'react';
import { isTextEntry } from '../../../ui/undoShortcut.ts';
import { keyIntent } from '../grid/keys.ts';

export interface UndoActions {
  undo(): void;
  redo(): void;
}

/**
 * Ctrl+Z, and Ctrl+Y or Ctrl+Shift+Z, inside `ref` (the toolbar, whose Undo and Redo name these
 * keys) undo and redo as they do in the grid; a text field keeps its own undo. When the focused
 * button turns off (the last undo), `onFocusLost` gives the focus a place (the grid).
 */
export function useUndoShortcuts(
  ref: RefObject<HTMLElement | null>,
  actions: UndoActions | null,
  onFocusLost: () => void,
): void {
  const latest = useRef({ actions, onFocusLost });
  useEffect(() => {
    latest.current = { actions, onFocusLost };
  });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKeyDown = (e: KeyboardEvent) => {
      const { actions: act, onFocusLost: lost } = latest.current;
      if (!act || isTextEntry(e.target)) return;
      const intent = keyIntent(e).kind;
      if (intent !== 'undo' && intent !== 'redo') return;
      e.preventDefault();
      if (intent === 'undo') act.undo();
      else act.redo();
      requestAnimationFrame(() => {
        const focused = document.activeElement;
        if (focused === null || focused === document.body) lost();
      });
    };
    el.addEventListener('keydown', onKeyDown);
    return () => el.removeEventListener('keydown', onKeyDown);
  }, [ref]);
}
