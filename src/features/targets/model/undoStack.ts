import type { EditAction } from './types.ts';

/** An immutable undo/redo history of whole actions (newest last), capped at `cap` entries. */
export interface UndoStack {
  readonly past: readonly EditAction[];
  readonly future: readonly EditAction[];
  readonly cap: number;
}

export const DEFAULT_UNDO_CAP = 100;

export function createUndoStack(cap: number = DEFAULT_UNDO_CAP): UndoStack {
  return { past: [], future: [], cap: Math.max(1, cap) };
}

const isEmpty = (a: EditAction) => a.cells.length === 0 && a.locks.length === 0;

/** Records a new action: clears redo; drops the oldest beyond the cap; ignores empty actions. */
export function pushAction(stack: UndoStack, action: EditAction): UndoStack {
  if (isEmpty(action)) return stack;
  const past = [...stack.past, action];
  if (past.length > stack.cap) past.splice(0, past.length - stack.cap);
  return { past, future: [], cap: stack.cap };
}

export const canUndo = (stack: UndoStack) => stack.past.length > 0;
export const canRedo = (stack: UndoStack) => stack.future.length > 0;

/** Takes the newest action off; `apply` is its inverse (apply it to the edits). */
export function undo(stack: UndoStack): { stack: UndoStack; apply: EditAction | null } {
  const action = stack.past.at(-1);
  if (!action) return { stack, apply: null };
  return {
    stack: { past: stack.past.slice(0, -1), future: [...stack.future, action], cap: stack.cap },
    apply: invertAction(action),
  };
}

/** Re-does the most recently undone action; `apply` is that action. */
export function redo(stack: UndoStack): { stack: UndoStack; apply: EditAction | null } {
  const action = stack.future.at(-1);
  if (!action) return { stack, apply: null };
  return {
    stack: { past: [...stack.past, action], future: stack.future.slice(0, -1), cap: stack.cap },
    apply: action,
  };
}

/** The action that reverses `action` (before ⇄ after, in reverse order). */
export function invertAction(action: EditAction): EditAction {
  return {
    label: action.label,
    cells: action.cells
      .map((c) => ({
        assignmentId: c.assignmentId,
        period: c.period,
        before: c.after,
        after: c.before,
      }))
      .reverse(),
    locks: action.locks
      .map((l) => ({ assignmentId: l.assignmentId, before: l.after, after: l.before }))
      .reverse(),
  };
}
