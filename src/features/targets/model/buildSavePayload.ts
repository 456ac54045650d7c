import type { Edits, TargetAssignmentLike, TargetGroupLike } from './types.ts';

/**
 * The SaveTargetGroup body: the loaded group as it was (unknown properties kept) with each edited
 * assignment's Values and Locked replaced. Unchanged assignments are the same objects (no copy),
 * so 10,000 rows cost one array pass. Negative (new, unsaved) assignment ids are sent as 0.
 */
export function buildSavePayload<G extends TargetGroupLike>(group: G, edits: Edits): G {
  const assignments = group.TargetAssignments;
  if (!assignments) return group;
  const next: TargetAssignmentLike[] = new Array<TargetAssignmentLike>(assignments.length);
  for (let i = 0; i < assignments.length; i++) {
    const a = assignments[i];
    const id = a.TargetAssignmentInfoId;
    const edit = edits.get(id);
    next[i] =
      edit || id < 0
        ? {
            ...a,
            TargetAssignmentInfoId: id < 0 ? 0 : id,
            Values: edit ? [...edit.values] : a.Values,
            Locked: edit ? edit.locked : a.Locked,
          }
        : a;
  }
  return { ...group, TargetAssignments: next };
}
