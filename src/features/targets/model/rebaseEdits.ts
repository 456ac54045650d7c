import {
  ownChangesOnTop,
  type OnTopConflict,
  type OwnRow,
  type RowState,
} from './ownChangesOnTop.ts';
import type { AssignmentEdit, Edits, TargetAssignmentLike, TargetGroupLike } from './types.ts';

/**
 * Why the planner's changes cannot go on top of what someone else saved meanwhile (see
 * OnTopConflict); a new period type is said once for the whole group.
 */
export type SaveConflict =
  Exclude<OnTopConflict, { readonly kind: 'periods' }> | { readonly kind: 'periods' };

export type RebaseResult<G> =
  | {
      readonly ok: true;
      /** The SaveTargetGroup body: the group as it is now with only the planner's changes. */
      readonly payload: G;
      /** Someone else changed the group since it was loaded (their changes are in `payload`). */
      readonly othersChanged: boolean;
    }
  | { readonly ok: false; readonly conflicts: readonly SaveConflict[] };

interface GroupWithPeriods extends TargetGroupLike {
  readonly PeriodType?: string | null;
}

/**
 * The row now differs from the row as loaded other than by the planner's own edit (values they
 * saved already, by a save whose answer was lost, are theirs, not someone else's).
 */
function changedByOthers(
  now: TargetAssignmentLike,
  base: TargetAssignmentLike,
  edit: AssignmentEdit | undefined,
): boolean {
  if (now.Values.length !== base.Values.length) return true;
  if (!!now.Locked !== !!base.Locked && !!now.Locked !== (edit?.locked ?? !!base.Locked))
    return true;
  for (let p = 0; p < now.Values.length; p++) {
    const v = now.Values[p];
    if (v !== base.Values[p] && v !== edit?.values[p]) return true;
  }
  return false;
}

/**
 * Puts the planner's own changes on top of the group as it is now (`current`, read again just
 * before saving), by ownChangesOnTop; a save goes on only when they meet none of someone else's
 * (a cell both changed is a conflict here, not a value kept). Everything else in the body is
 * `current`'s (unknown properties kept, the unchanged rows the same objects), so a save never
 * puts back values someone else saved meanwhile. One pass over the rows (10,000 rows cost one
 * array pass plus the compare). Negative (new, unsaved) assignment ids are sent as 0, as
 * buildSavePayload does.
 */
export function rebaseEdits<G extends GroupWithPeriods>(
  loadedGroup: GroupWithPeriods,
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
  edits: Edits,
  current: G,
): RebaseResult<G> {
  if ((loadedGroup.PeriodType ?? null) !== (current.PeriodType ?? null) && edits.size > 0)
    return { ok: false, conflicts: [{ kind: 'periods' }] };
  const rows = current.TargetAssignments ?? [];
  let othersChanged = rows.length !== loaded.size;
  // The planner's rows in the order of the group now (so conflicts are named in that order),
  // then those that are gone.
  const own: OwnRow[] = [];
  const now = new Map<number, RowState>();
  const ownRow = (id: number, mine: AssignmentEdit) => {
    const base = loaded.get(id);
    if (base) own.push({ id, base: { values: base.Values, locked: !!base.Locked }, mine });
  };
  for (const a of rows) {
    const id = a.TargetAssignmentInfoId;
    const base = loaded.get(id);
    const edit = edits.get(id);
    if (!othersChanged && (!base || changedByOthers(a, base, edit))) othersChanged = true;
    if (!edit) continue;
    now.set(id, { values: a.Values, locked: !!a.Locked });
    ownRow(id, edit);
  }
  if (now.size < edits.size) for (const [id, e] of edits) if (!now.has(id)) ownRow(id, e);
  const { rows: changed, conflicts } = ownChangesOnTop(own, (id) => now.get(id));
  if (conflicts.length > 0) {
    const others = conflicts.flatMap((c) => (c.kind === 'periods' ? [] : [c]));
    // One "period type changed" is enough, however many rows it hit.
    if (others.length < conflicts.length) return { ok: false, conflicts: [{ kind: 'periods' }] };
    return { ok: false, conflicts: others };
  }
  const next = rows.map((a) => {
    const id = a.TargetAssignmentInfoId;
    const row = changed.get(id);
    if (!row && id >= 0) return a;
    return {
      ...a,
      TargetAssignmentInfoId: id < 0 ? 0 : id,
      ...(row && { Values: row.values as number[], Locked: row.locked }),
    };
  });
  return { ok: true, payload: { ...current, TargetAssignments: next }, othersChanged };
}
