import type { AssignmentEdit } from './types.ts';

/** A row's values and lock. */
export interface RowState {
  readonly values: readonly number[];
  readonly locked: boolean;
}

/** A row the planner edited: as it was when they began (`base`), and as they left it (`mine`). */
export interface OwnRow {
  readonly id: number;
  readonly base: RowState;
  readonly mine: RowState;
}

/** Where the planner's own changes meet what someone else did to the row since `base`. */
export type OnTopConflict =
  /** Both changed the cell, to different values. The planner's value is in the result. */
  | {
      readonly kind: 'cell';
      readonly assignmentId: number;
      readonly period: number;
      readonly theirs: number;
      readonly yours: number;
    }
  /** Someone locked the row since and the planner changed its values: none of them applied. */
  | { readonly kind: 'locked'; readonly assignmentId: number }
  /** The row is gone: none of the planner's changes applied. */
  | { readonly kind: 'removed'; readonly assignmentId: number }
  /** The row has another number of periods now (`from` → `to`): none of the changes applied. */
  | {
      readonly kind: 'periods';
      readonly assignmentId: number;
      readonly from: number;
      readonly to: number;
    };

export interface OnTop {
  /**
   * Each row the planner's changes make differ from the row as it is now: the row now with the
   * planner's changed cells, and their lock if they changed it, on top.
   */
  readonly rows: ReadonlyMap<number, AssignmentEdit>;
  /**
   * In the order of `own`. A cell both changed is always here (with the planner's value in
   * `rows`: whether that may go on, as for a draft, or must stop, as for a save, is the caller's
   * choice); the other kinds are rows whose changes were not applied at all.
   */
  readonly conflicts: readonly OnTopConflict[];
}

/**
 * Puts the planner's own changes on top of newer rows: the one rule for a save (the group read
 * again just before it, see rebaseEdits), a restored draft (the group as loaded now, see
 * restoreDraft), Reload after a conflict, and the edits made while a save was under way (the
 * saved rows, see editsAfterSave). A change is a cell where `mine` differs from `base`, or a lock
 * the planner changed; everything else is the row as it is now (`currentOf`). One pass over the
 * planner's rows only.
 */
export function ownChangesOnTop(
  own: Iterable<OwnRow>,
  currentOf: (id: number) => RowState | undefined,
): OnTop {
  const rows = new Map<number, AssignmentEdit>();
  const conflicts: OnTopConflict[] = [];
  for (const { id, base, mine } of own) {
    const lockChanged = mine.locked !== base.locked;
    const changed: number[] = [];
    const n = Math.max(base.values.length, mine.values.length);
    for (let p = 0; p < n; p++) if (mine.values[p] !== base.values[p]) changed.push(p);
    if (!lockChanged && changed.length === 0) continue;
    const now = currentOf(id);
    if (!now) {
      conflicts.push({ kind: 'removed', assignmentId: id });
      continue;
    }
    if (now.values.length !== base.values.length || mine.values.length !== base.values.length) {
      conflicts.push({
        kind: 'periods',
        assignmentId: id,
        from: mine.values.length,
        to: now.values.length,
      });
      continue;
    }
    // Locked by someone else since, and the planner neither locked nor unlocked it themselves.
    if (now.locked && !base.locked && !lockChanged && changed.length > 0) {
      conflicts.push({ kind: 'locked', assignmentId: id });
      continue;
    }
    let values: number[] | null = null;
    for (const p of changed) {
      const yours = mine.values[p];
      const theirs = now.values[p];
      if (theirs === yours) continue;
      if (theirs !== base.values[p])
        conflicts.push({ kind: 'cell', assignmentId: id, period: p, theirs, yours });
      values ??= [...now.values];
      values[p] = yours;
    }
    const locked = lockChanged ? mine.locked : now.locked;
    if (values || locked !== now.locked)
      rows.set(id, { values: values ?? [...now.values], locked });
  }
  return { rows, conflicts };
}
