import { useEffect, useRef, type RefObject } from 'react';
import { isPageShortcutTarget } from '../../../ui/pageShortcut.ts';
import { keyIntent } from '../grid/keys.ts';

export interface UndoActions {
  undo(): void;
  redo(): void;
}

/**
 * Ctrl+Z, and Ctrl+Y or Ctrl+Shift+Z, anywhere on the page while `ref` (the targets workspace) is
 * shown undo and redo as they do in its grid, which answers its own keys: from the toolbar, whose
 * Undo and Redo name these keys, or from the page itself after a click on its heading, as in a
 * spreadsheet. The app's navigation (outside the page's main content), a text field, a picker, a
 * dialog or a menu keeps them (isPageShortcutTarget). When
 * the focused button turns off (the last undo), `onFocusLost` gives the focus a place (the grid).
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
    const doc = el.ownerDocument;
    const onKeyDown = (e: KeyboardEvent) => {
      const { actions: act, onFocusLost: lost } = latest.current;
      if (!act) return;
      const intent = keyIntent(e).kind;
      if (intent !== 'undo' && intent !== 'redo') return;
      const grid = el.querySelector('[role="grid"]');
      if (!isPageShortcutTarget(e.target) || grid?.contains(e.target as Node)) return;
      e.preventDefault();
      // Focus on the page stays there; only a button the undo turned off hands it on.
      const hadFocus = doc.activeElement !== null && doc.activeElement !== doc.body;
      if (intent === 'undo') act.undo();
      else act.redo();
      requestAnimationFrame(() => {
        const focused = doc.activeElement;
        if (hadFocus && (focused === null || focused === doc.body)) lost();
      });
    };
    doc.addEventListener('keydown', onKeyDown);
    return () => doc.removeEventListener('keydown', onKeyDown);
  }, [ref]);
}
