import { buildAccessModel } from '../../../rights/accessModel.ts';
import type { AssignmentForRows } from '../model/rows.ts';
import type { TargetRow } from '../model/types.ts';
import type { PlannerAssignment } from './plannerGroup.ts';

/**
 * Whether the user may lock and unlock a row: its own FieldProperties.Locked (the server computes
 * it per user). A locked row's TableRight is Select (the row is read-only), yet its Locked field
 * stays Update for whoever may unlock it: the field is asked alone, not under the row's right.
 */
export function mayLockRow(
  row: TargetRow | null,
  loaded: ReadonlyMap<number, AssignmentForRows>,
): boolean {
  if (!row || row.assignmentId === null) return false;
  // The planner keeps the loaded assignments as given: they carry their rights.
  const a = loaded.get(row.assignmentId) as PlannerAssignment | undefined;
  return !buildAccessModel({ FieldProperties: a?.FieldProperties }).field('Locked').readOnly;
}
