import type { KeyboardEvent } from 'react';
import { announce } from '../../ui/announcer.ts';
import { isSaveShortcut } from '../../ui/saveShortcut.ts';

/**
 * Ctrl+S (⌘S) in an editor's form presses its Save button, instead of the browser offering to
 * save the web page; with Save off (nothing changed, or a save under way) it says why. A form
 * with no Save button (read-only) leaves the key to the browser. For the form's onKeyDown.
 */
export function submitOnSaveShortcut(e: KeyboardEvent<HTMLFormElement>, what: string): void {
  if (!isSaveShortcut(e)) return;
  const form = e.currentTarget;
  // Keys in a dialog or menu opened from the form reach it through React's tree; not its own.
  if (!(e.target instanceof Node) || !form.contains(e.target)) return;
  const save = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!save) return;
  e.preventDefault();
  if (save.getAttribute('aria-busy') === 'true') announce(`The ${what} is being saved.`);
  else if (save.disabled) announce('There are no unsaved changes to save.');
  else form.requestSubmit(save);
}
