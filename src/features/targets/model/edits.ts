import type { EditAction, Edits, TargetAssignmentLike } from './types.ts';

/**
 * Applies an action to the edits. `loaded` gives each assignment as loaded; an assignment whose
 * values and lock are back to the loaded state is dropped from the edits (so "changed" is exact).
 */
export function applyAction(
  edits: Edits,
  action: EditAction,
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
): Edits {
  void edits;
  void action;
  void loaded;
  throw new Error('not implemented');
}

/** True when the cell differs from the loaded value. */
export function isCellChanged(
  edits: Edits,
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
  assignmentId: number,
  period: number,
): boolean {
  void edits;
  void loaded;
  void assignmentId;
  void period;
  throw new Error('not implemented');
}
