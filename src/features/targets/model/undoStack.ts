import type { EditAction } from './types.ts';

/** An immutable undo/redo history of whole actions (newest last), capped at `cap` entries. */
export interface UndoStack {
  readonly past: readonly EditAction[];
  readonly future: readonly EditAction[];
  readonly cap: number;
}

export function createUndoStack(cap?: number): UndoStack {
  void cap;
  throw new Error('not implemented');
}

/** Records a new action: clears redo; drops the oldest beyond the cap. */
export function pushAction(stack: UndoStack, action: EditAction): UndoStack {
  void stack;
  void action;
  throw new Error('not implemented');
}

/** Takes the newest action off; `apply` is its inverse (apply it to the edits). */
export function undo(stack: UndoStack): { stack: UndoStack; apply: EditAction | null } {
  void stack;
  throw new Error('not implemented');
}

/** Re-does the most recently undone action; `apply` is that action. */
export function redo(stack: UndoStack): { stack: UndoStack; apply: EditAction | null } {
  void stack;
  throw new Error('not implemented');
}

/** The action that reverses `action` (before ⇄ after, in reverse order). */
export function invertAction(action: EditAction): EditAction {
  void action;
  throw new Error('not implemented');
}
