import { useState } from 'react';
import { announce, isTextEntry, isUndoShortcut } from '../../../ui/index.ts';
import {
  emptyUndo,
  popUndo,
  pushUndo,
  type UndoEntry,
  type UndoStack,
} from '../logic/undoStack.ts';

/**
 * Undo for an editor's structural changes (steps added, moved or removed; groups and conditions
 * removed or moved): `remember` records what undoes a change (a snapshot, or the removed item) just
 * before it, `undo` hands the latest to `restore` and says so, `onKeyDown` gives Ctrl+Z (⌘Z) to the editor except inside text fields, which keep
 * the browser's undo of typing.
 */
export function useUndoHistory<T>(restore: (state: T) => void, disabled = false) {
  const [stack, setStack] = useState<UndoStack<T>>(emptyUndo);
  /** Records what undoes the coming change. */
  const remember = (label: string, state: T) => {
    // Copied now: the change it precedes is about to happen.
    const before = structuredClone(state);
    setStack((s) => pushUndo(s, before, label));
  };
  /** Restores the latest snapshot; returns it (null when there was none), and what is left. */
  const undo = (): { entry: UndoEntry<T>; left: number } | null => {
    const popped = popUndo(stack);
    if (!popped) return null;
    restore(popped.entry.state);
    setStack(popped.rest);
    announce(`Undone: ${popped.entry.label}.`);
    return { entry: popped.entry, left: popped.rest.entries.length };
  };
  /** Ctrl+Z outside text fields; returns what `undo` returned, null when the key was not for it. */
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (disabled || stack.entries.length === 0 || !isUndoShortcut(e) || isTextEntry(e.target))
      return null;
    e.preventDefault();
    return undo();
  };
  const last = stack.entries[stack.entries.length - 1];
  return {
    /** What the Undo button names ("removed Send SMS"); undefined when there is nothing to undo. */
    lastLabel: disabled ? undefined : last?.label,
    remember,
    undo,
    onKeyDown,
    clear: () => setStack(emptyUndo()),
  };
}
