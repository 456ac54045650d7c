import type { KeyLike } from './undoShortcut.ts';

/** Ctrl+S, or ⌘S on a Mac, with nothing else held. */
export function isSaveShortcut(e: KeyLike): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's';
}

/**
 * For a dialog: Ctrl+S does nothing while it is open. The page's own save waits until the dialog
 * is answered, and the browser's "Save page as" has nothing to do with it.
 */
export function ignoreSaveShortcut(e: KeyLike & { preventDefault(): void }): void {
  if (isSaveShortcut(e)) e.preventDefault();
}
