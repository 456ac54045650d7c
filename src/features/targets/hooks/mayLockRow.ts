import { buildAccessModel } from '../../../rights/accessModel.ts';
import { asSentence } from '../../../rights/reason.ts';
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
  return !lockField(row.assignmentId, loaded).readOnly;
}

function lockField(assignmentId: number, loaded: ReadonlyMap<number, AssignmentForRows>) {
  // The planner keeps the loaded assignments as given: they carry their rights.
  const a = loaded.get(assignmentId) as PlannerAssignment | undefined;
  return buildAccessModel({ FieldProperties: a?.FieldProperties }).field('Locked');
}

/**
 * Why the user may not lock or unlock a row, as the server says it (its FieldProperties.Locked
 * Reason: "You do not have the right 'Can lock and unlock targets'."); '' when they may.
 */
export function lockRowReason(
  row: TargetRow | null,
  loaded: ReadonlyMap<number, AssignmentForRows>,
): string {
  if (!row || row.assignmentId === null) return '';
  const access = lockField(row.assignmentId, loaded);
  return access.readOnly ? asSentence(access.reason) : '';
}
