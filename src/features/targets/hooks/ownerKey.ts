import type { AssignmentForRows } from '../model/rows.ts';

/** Who an assignment is for, stable across years: `u<associate>`, `g<group>` or `c<contact>`. */
export function ownerKey(a: AssignmentForRows): string {
  if (a.TargetAssociate) return `u${a.TargetAssociate.AssociateId ?? ''}`;
  if (a.TargetUserGroup) return `g${a.TargetUserGroup.Id ?? ''}`;
  return `c${a.TargetContact?.ContactId ?? ''}`;
}

/** Values by owner key. */
export function valuesByOwner(assignments: readonly AssignmentForRows[] | null | undefined) {
  const m = new Map<string, readonly number[]>();
  for (const a of assignments ?? []) if (!m.has(ownerKey(a))) m.set(ownerKey(a), a.Values);
  return m;
}
