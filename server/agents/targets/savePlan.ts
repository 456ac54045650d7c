import { badRequest } from '../../http/errors.ts';
import type { StoredAssignment } from './load.ts';
import type { PendingRevision, TargetChangeInput } from './revisions.ts';
import type { AssignmentInput } from './saveInput.ts';

export type AssignmentPlan =
  | { kind: 'insert'; revisions: PendingRevision[] }
  | {
      kind: 'update';
      changedPeriods: number[];
      revisions: PendingRevision[];
      /** Owner, currency or dimension item changed (not only Values / Locked). */
      structural: boolean;
    }
  | { kind: 'none'; revisions: [] };

const rowName = (a: StoredAssignment) =>
  a.TargetAssociate?.FullName ??
  a.TargetUserGroup?.Value ??
  a.TargetContact?.Name ??
  `assignment ${a.TargetAssignmentInfoId}`;

export interface PlanOptions {
  mayLock: boolean;
  /** The group's PeriodType changes: every row gets new periods (and new values for them). */
  periodsChanged: boolean;
  /**
   * Group-level changes (Year, PeriodType, EntityType) recorded in every kept row's Edit revision
   * (TargetChange "Year" 2031 → 2032, "PeriodType" 4 → 3 as TargetPeriodType numbers).
   */
  groupChanges?: readonly TargetChangeInput[];
  /**
   * With `periodsChanged`: whether the new values keep the row's totals (per quarter / half-year /
   * year, whichever is coarser). A locked row may be regrouped like that, nothing more.
   */
  keepsTotals?: (prev: StoredAssignment, values: readonly number[]) => boolean;
  /** Why the caller may not change a person's row (the sandbox's restricted rows), or null. */
  restrictedBy?: (fullName: string | null | undefined) => string | null;
}

/**
 * What saving one assignment does, and the revisions it records (Unlock, Edit with one
 * TargetChange per changed period "Values[3]", Lock), or a 400 naming the field: a lock change
 * without the lock right, or any change to a row that stays locked. A PeriodType change records
 * the group change and every new value ("Values[0]" from none); on a locked row it may only
 * regroup the values (see periodConversion.ts).
 */
export function planAssignment(
  a: AssignmentInput,
  prev: StoredAssignment | undefined,
  id: number,
  opts: PlanOptions,
): AssignmentPlan {
  const path = `TargetAssignments[${a.index}]`;
  if (!prev) {
    if (a.locked && !opts.mayLock)
      throw badRequest(`${path}.Locked: you may not lock targets`, `${path}.Locked`);
    const changes = a.values.flatMap((v, j) =>
      v !== 0 ? [{ field: `Values[${j}]`, from: 0, to: v }] : [],
    );
    const revisions: PendingRevision[] = [{ assignmentId: id, event: 'Create', changes }];
    if (a.locked)
      revisions.push({
        assignmentId: id,
        event: 'Lock',
        changes: [{ field: 'Locked', from: 0, to: 1 }],
      });
    return { kind: 'insert', revisions };
  }
  const wasLocked = prev.Locked;
  if (a.locked !== wasLocked && !opts.mayLock) {
    throw badRequest(
      `${path}.Locked: you may not ${a.locked ? 'lock' : 'unlock'} targets`,
      `${path}.Locked`,
    );
  }
  const changedPeriods: number[] = [];
  const changes: TargetChangeInput[] = [...(opts.groupChanges ?? [])];
  const groupOnly = changes.length;
  a.values.forEach((v, j) => {
    const before = opts.periodsChanged ? null : prev.Values[j];
    if (opts.periodsChanged || v !== before) changedPeriods.push(j);
    if (v !== before) changes.push({ field: `Values[${j}]`, from: before ?? null, to: v });
  });
  // A regrouping that keeps the row's totals is not a change to its (approved) values.
  const valuesChanged = opts.periodsChanged
    ? !(opts.keepsTotals?.(prev, a.values) ?? false)
    : changes.length > groupOnly;
  const currencyChanged = a.currencyId !== (prev.Currency?.Id ?? null);
  if (currencyChanged)
    changes.push({ field: 'Currency', from: prev.Currency?.Id ?? null, to: a.currencyId });
  const ownerChanged =
    (a.owner.kind === 'associate' ? a.owner.id : null) !==
      (prev.TargetAssociate?.AssociateId ?? null) ||
    (a.owner.kind === 'contact' ? a.owner.id : null) !== (prev.TargetContact?.ContactId ?? null) ||
    (a.owner.kind === 'usergroup' ? a.owner.id : null) !== (prev.TargetUserGroup?.Id ?? null) ||
    a.dimensionItem !== prev.DimensionListItem;
  const restricted = wasLocked
    ? null
    : (opts.restrictedBy?.(prev.TargetAssociate?.FullName) ?? null);
  if (restricted && (valuesChanged || currencyChanged || ownerChanged || a.locked !== wasLocked)) {
    const field = valuesChanged ? `${path}.Values` : currencyChanged ? `${path}.Currency` : path;
    throw badRequest(`${rowName(prev)}: ${restricted}`, field);
  }
  if (wasLocked && a.locked && (valuesChanged || currencyChanged || ownerChanged)) {
    const field = valuesChanged ? `${path}.Values` : currencyChanged ? `${path}.Currency` : path;
    throw badRequest(
      opts.periodsChanged && valuesChanged
        ? `${rowName(prev)} is locked: a PeriodType change may only regroup its values with the same totals; unlock it to change them`
        : `${rowName(prev)} is locked: unlock it before changing it`,
      field,
    );
  }
  const revisions: PendingRevision[] = [];
  if (wasLocked && !a.locked)
    revisions.push({
      assignmentId: id,
      event: 'Unlock',
      changes: [{ field: 'Locked', from: 1, to: 0 }],
    });
  if (changes.length > 0 || ownerChanged)
    revisions.push({ assignmentId: id, event: 'Edit', changes });
  if (!wasLocked && a.locked)
    revisions.push({
      assignmentId: id,
      event: 'Lock',
      changes: [{ field: 'Locked', from: 0, to: 1 }],
    });
  if (revisions.length === 0 && changedPeriods.length === 0) return { kind: 'none', revisions: [] };
  return { kind: 'update', changedPeriods, revisions, structural: ownerChanged || currencyChanged };
}
