import type { AssignmentEdit, EditAction, Edits, TargetAssignmentLike } from './types.ts';

function sameAsLoaded(edit: AssignmentEdit, loaded: TargetAssignmentLike | undefined): boolean {
  if (!loaded || edit.locked !== loaded.Locked) return false;
  if (edit.values.length !== loaded.Values.length) return false;
  for (let i = 0; i < edit.values.length; i++)
    if (edit.values[i] !== loaded.Values[i]) return false;
  return true;
}

/**
 * Applies an action to the edits. `loaded` gives each assignment as loaded; an assignment whose
 * values and lock are back to the loaded state is dropped from the edits (so "changed" is exact).
 * Each touched assignment's values are copied once per action, never per cell.
 */
export function applyAction(
  edits: Edits,
  action: EditAction,
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
): Edits {
  const working = new Map<number, { values: number[]; locked: boolean }>();
  const touch = (id: number) => {
    let w = working.get(id);
    if (!w) {
      const current = edits.get(id);
      const base = loaded.get(id);
      w = {
        values: [...(current?.values ?? base?.Values ?? [])],
        locked: current?.locked ?? base?.Locked ?? false,
      };
      working.set(id, w);
    }
    return w;
  };
  for (const c of action.cells) touch(c.assignmentId).values[c.period] = c.after;
  for (const l of action.locks) touch(l.assignmentId).locked = l.after;
  const next = new Map(edits);
  for (const [id, w] of working) {
    if (sameAsLoaded(w, loaded.get(id))) next.delete(id);
    else next.set(id, w);
  }
  return next;
}

/** True when the cell differs from the loaded value. */
export function isCellChanged(
  edits: Edits,
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
  assignmentId: number,
  period: number,
): boolean {
  const edit = edits.get(assignmentId);
  if (!edit) return false;
  return edit.values[period] !== loaded.get(assignmentId)?.Values[period];
}

/** True when the assignment's lock differs from the loaded one (a lock or unlock not saved). */
export function isLockChanged(
  edits: Edits,
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
  assignmentId: number,
): boolean {
  const edit = edits.get(assignmentId);
  return edit !== undefined && edit.locked !== (loaded.get(assignmentId)?.Locked ?? false);
}

/** Loaded assignments by id (build once per load; applyAction and isCellChanged read it). */
export function indexAssignments<A extends TargetAssignmentLike>(
  assignments: readonly A[] | null | undefined,
): Map<number, A> {
  return new Map((assignments ?? []).map((a) => [a.TargetAssignmentInfoId, a]));
}
