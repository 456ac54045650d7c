/** A bounded history of earlier states, each with what the change was ("Moved Send SMS"). */
export interface UndoEntry<T> {
  state: T;
  label: string;
}

export interface UndoStack<T> {
  readonly entries: readonly UndoEntry<T>[];
}

export const emptyUndo = <T>(): UndoStack<T> => ({ entries: [] });

/** Records the state before a change; the oldest entries fall off past `limit`. */
export function pushUndo<T>(
  stack: UndoStack<T>,
  state: T,
  label: string,
  limit = 50,
): UndoStack<T> {
  return { entries: [...stack.entries, { state, label }].slice(-limit) };
}

/** The state to go back to and the stack without it; null when there is nothing to undo. */
export function popUndo<T>(
  stack: UndoStack<T>,
): { entry: UndoEntry<T>; rest: UndoStack<T> } | null {
  const entry = stack.entries[stack.entries.length - 1];
  return entry ? { entry, rest: { entries: stack.entries.slice(0, -1) } } : null;
}
