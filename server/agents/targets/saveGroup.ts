import type { SandboxDatabase } from '../../db/database.ts';
import type { AgentCall } from '../../http/agent.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import { now } from '../workflow/input.ts';
import { defaultDimensionId } from './dimensions.ts';
import {
  cacheAssignments,
  groupJson,
  invalidateGroup,
  loadAssignments,
  loadGroupRow,
  updatedStamp,
  type GroupRow,
  type StoredAssignment,
} from './load.ts';
import { entityTypes, periodCounts, periodTypes } from './enums.ts';
import { assignmentDecimals, convertPeriodValues, keepsPeriodTotals } from './periodConversion.ts';
import { recordRevisions, type PendingRevision, type TargetChangeInput } from './revisions.ts';
import { canLock, isTargetsAdmin, requireTargetsWrite } from './rights.ts';
import { rowRestriction } from './rowRestriction.ts';
import {
  loadKnownIds,
  parseGroupInput,
  strictInt,
  type AssignmentInput,
  type GroupInput,
} from './saveInput.ts';
import { planAssignment } from './savePlan.ts';

/** SaveTargetGroup: validates everything first (400 naming the field), then writes in one transaction. */
export function saveTargetGroup(call: AgentCall) {
  requireTargetsWrite(call, 'targets');
  const body = call.args.entity();
  const id = strictInt(body, 'TargetGroupId', 'TargetGroupId', 0);
  const existing = id ? loadGroupRow(call.db, id) : undefined;
  if (id && !existing) throw notFound('TargetGroup', id);
  if (!existing && !isTargetsAdmin(call))
    throw badRequest('Only a targets administrator may create target groups', 'TargetGroupId');
  const input = parseGroupInput(
    body,
    existing,
    { year: new Date().getFullYear(), dimensionId: defaultDimensionId(call.db) },
    loadKnownIds(call.db),
  );
  if (existing && !isTargetsAdmin(call)) {
    const fixed: [string, unknown, unknown][] = [
      ['Year', input.year, existing.year],
      ['PeriodType', input.periodType, existing.period_type],
      ['EntityType', input.entityType, existing.entity_type],
      ['TargetDimension', input.dimensionId, existing.target_dimension_id],
    ];
    for (const [field, next, stored] of fixed) {
      if (next !== stored)
        throw badRequest(`Only a targets administrator may change ${field}`, field);
    }
  }
  checkGroupSettings(call.db, input, existing);
  const periodsChanged = !existing || existing.period_type !== input.periodType;
  const old = existing ? loadAssignments(call.db, existing) : [];
  const oldById = new Map(old.map((a) => [a.TargetAssignmentInfoId, a]));
  const decimalsOf = existing && periodsChanged ? assignmentDecimals(call.db, old) : undefined;
  if (existing && periodsChanged && !input.assignments) {
    // Sent without rows: every row is carried over to the new periods (periodConversion.ts).
    const count = periodCounts[input.periodType];
    input.assignments = old.map((a, index) => ({
      ...storedAsInput(a, index),
      values: convertPeriodValues(a.Values, count, decimalsOf!(a)),
    }));
  }
  const groupChanges = existing ? settingChanges(existing, input) : [];
  const keepsTotals = decimalsOf
    ? (prev: StoredAssignment, values: readonly number[]) =>
        keepsPeriodTotals(prev.Values, values, decimalsOf(prev))
    : undefined;
  const who = call.user.associateId;
  const mayLock = canLock(call);
  const restrictedBy = rowRestriction(call);

  const pending: PendingRevision[] = [];
  const updates: { input: AssignmentInput; changedPeriods: number[] }[] = [];
  let structural = periodsChanged;
  const inserts: { input: AssignmentInput; id: number }[] = [];
  const keep = new Set<number>();
  let nextId = maxAssignmentId(call.db) + 1;
  for (const a of input.assignments ?? []) {
    const prev = a.id ? oldById.get(a.id) : undefined;
    if (a.id && !prev)
      throw badRequest(
        `TargetAssignments[${a.index}]: assignment ${a.id} is not in this group`,
        `TargetAssignments[${a.index}].TargetAssignmentInfoId`,
      );
    if (prev) keep.add(prev.TargetAssignmentInfoId);
    const id = prev ? prev.TargetAssignmentInfoId : nextId++;
    const plan = planAssignment(a, prev, id, {
      mayLock,
      periodsChanged,
      groupChanges,
      keepsTotals,
      restrictedBy,
    });
    if (plan.kind === 'insert') inserts.push({ input: a, id });
    else if (plan.kind === 'update') {
      updates.push({ input: a, changedPeriods: plan.changedPeriods });
      structural ||= plan.structural;
    }
    pending.push(...plan.revisions);
  }
  if (!input.assignments && groupChanges.length > 0) {
    // Year / EntityType changed without rows: the change still goes into every row's history.
    for (const a of old)
      pending.push({
        assignmentId: a.TargetAssignmentInfoId,
        event: 'Edit',
        changes: groupChanges,
      });
  }
  const removed = input.assignments ? old.filter((a) => !keep.has(a.TargetAssignmentInfoId)) : [];
  const lockedRemoved = removed.filter((a) => a.Locked);
  if (lockedRemoved.length) {
    throw badRequest(
      `Locked rows cannot be removed (${lockedRemoved.length} locked ${lockedRemoved.length === 1 ? 'row is' : 'rows are'} missing from TargetAssignments)`,
      'TargetAssignments',
    );
  }

  const when = now();
  if (existing) invalidateGroup(call.db, existing.target_group_id);
  const groupId = call.db.transaction(() => {
    const gid = writeGroupRow(call.db, existing, input, updatedStamp());
    invalidateGroup(call.db, gid);
    const periodIds = writePeriods(call.db, gid, input.periodType, periodsChanged);
    writeAssignments(call.db, gid, periodIds, periodsChanged, {
      updates,
      inserts,
      removed: removed.map((a) => a.TargetAssignmentInfoId),
    });
    for (const a of removed)
      pending.push({ assignmentId: a.TargetAssignmentInfoId, event: 'Delete', changes: [] });
    recordRevisions(call.db, { id: gid, year: input.year }, who, when, pending);
    return gid;
  });
  const saved = loadGroupRow(call.db, groupId)!;
  if (existing && !structural && inserts.length === 0 && removed.length === 0) {
    // Only values and locks changed: the cached rows with those applied are exactly what a
    // reload would read (a test checks that), without 100+ ms of SQL for a big group.
    const byId = new Map(updates.map((u) => [u.input.id, u.input]));
    const list = old.map((a) => {
      const u = byId.get(a.TargetAssignmentInfoId);
      return u ? { ...a, Values: [...u.values], Locked: u.locked } : a;
    });
    cacheAssignments(call.db, saved, list);
  }
  return groupJson(call, saved);
}

const YEARS = { min: 2000, max: 2100 };

/**
 * Year, EntityType and target type of a new group, or changed ones of an existing group (the
 * caller has checked the right to change them): a sensible year that has no group of the same
 * target type yet, and a real entity type (only Sale exists). 400 naming the field.
 */
function checkGroupSettings(
  db: SandboxDatabase,
  input: GroupInput,
  existing: GroupRow | undefined,
): void {
  if (
    input.entityType !== (existing?.entity_type ?? 'Sale') &&
    !entityTypeNames.has(input.entityType)
  )
    throw badRequest('EntityType must be Sale (the only entity type targets have)', 'EntityType');
  if (
    existing &&
    input.year === existing.year &&
    input.dimensionId === existing.target_dimension_id
  )
    return;
  if (input.year < YEARS.min || input.year > YEARS.max)
    throw badRequest(`Year must be between ${YEARS.min} and ${YEARS.max}.`, 'Year');
  const other = db.get<{ id: number; label: string | null }>(
    `SELECT g.target_group_id AS id, d.dimension_list_label AS label FROM target_group g
     LEFT JOIN target_dimension d ON d.target_dimension_id = g.target_dimension_id
     WHERE g.year = ? AND g.target_dimension_id IS ? AND g.target_group_id != ? LIMIT 1`,
    [input.year, input.dimensionId, existing?.target_group_id ?? 0],
  );
  if (other)
    throw badRequest(
      `${other.label ? `“${other.label}” targets` : 'Targets'} for ${input.year} already exist. Choose another year.`,
      'Year',
    );
}

/** Only Sale is a real entity type (None is the enum's empty value). */
const entityTypeNames = new Set(['Sale']);

const periodTypeNumber = (name: string) => periodTypes.find((p) => p.name === name)?.id ?? 0;
const entityTypeNumber = (name: string) => entityTypes.find((e) => e.name === name)?.id ?? 0;

/**
 * The group-level changes of a save as TargetChanges for every row's history: "Year" as the
 * year, "PeriodType" and "EntityType" as their enum numbers (contract §8; TargetChange values
 * are doubles).
 */
function settingChanges(existing: GroupRow, input: GroupInput): TargetChangeInput[] {
  const out: TargetChangeInput[] = [];
  if (input.year !== existing.year)
    out.push({ field: 'Year', from: existing.year, to: input.year });
  if (input.periodType !== existing.period_type)
    out.push({
      field: 'PeriodType',
      from: periodTypeNumber(existing.period_type),
      to: periodTypeNumber(input.periodType),
    });
  if (input.entityType !== existing.entity_type)
    out.push({
      field: 'EntityType',
      from: entityTypeNumber(existing.entity_type),
      to: entityTypeNumber(input.entityType),
    });
  return out;
}

/** A stored row as if it had been sent back unchanged. */
function storedAsInput(a: StoredAssignment, index: number): AssignmentInput {
  const owner: AssignmentInput['owner'] = a.TargetAssociate
    ? { kind: 'associate', id: a.TargetAssociate.AssociateId }
    : a.TargetUserGroup
      ? { kind: 'usergroup', id: a.TargetUserGroup.Id }
      : { kind: 'contact', id: a.TargetContact?.ContactId ?? 0 };
  return {
    index,
    id: a.TargetAssignmentInfoId,
    values: [...a.Values],
    locked: a.Locked,
    owner,
    currencyId: a.Currency?.Id ?? null,
    dimensionItem: a.DimensionListItem,
  };
}

function writeGroupRow(
  db: SandboxDatabase,
  existing: GroupRow | undefined,
  input: ReturnType<typeof parseGroupInput>,
  when: string,
): number {
  const values = [input.year, input.entityType, input.periodType, input.dimensionId, when];
  if (existing) {
    db.run(
      'UPDATE target_group SET year = ?, entity_type = ?, period_type = ?, target_dimension_id = ?, updated = ? WHERE target_group_id = ?',
      [...values, existing.target_group_id],
    );
    return existing.target_group_id;
  }
  return db.run(
    'INSERT INTO target_group (year, entity_type, period_type, target_dimension_id, updated) VALUES (?, ?, ?, ?, ?)',
    values,
  );
}

/** Period ids by index; recreated (values cascade away) when the PeriodType changed. */
export function writePeriods(
  db: SandboxDatabase,
  groupId: number,
  periodType: string,
  recreate: boolean,
): number[] {
  if (recreate) {
    db.run('DELETE FROM target_period WHERE target_group_id = ?', [groupId]);
    const count = { Year: 1, HalfYear: 2, Quarter: 4, Month: 12 }[periodType] ?? 12;
    db.runMany(
      'INSERT INTO target_period (target_group_id, period_number) VALUES (?, ?)',
      Array.from({ length: count }, (_, i) => [groupId, i + 1]),
    );
  }
  return db
    .all<{ id: number }>(
      'SELECT target_period_id AS id FROM target_period WHERE target_group_id = ? ORDER BY period_number',
      [groupId],
    )
    .map((r) => r.id);
}

const ownerColumns = (a: AssignmentInput) => [
  a.owner.kind === 'associate' ? a.owner.id : null,
  a.owner.kind === 'contact' ? a.owner.id : null,
  a.owner.kind === 'usergroup' ? a.owner.id : null,
];

function writeAssignments(
  db: SandboxDatabase,
  groupId: number,
  periodIds: number[],
  periodsChanged: boolean,
  work: {
    updates: { input: AssignmentInput; changedPeriods: number[] }[];
    inserts: { input: AssignmentInput; id: number }[];
    removed: number[];
  },
) {
  db.runMany(
    'DELETE FROM target_assignment_info WHERE target_assignment_info_id = ?',
    work.removed.map((id) => [id]),
  );
  db.runMany(
    'UPDATE target_assignment_info SET associate_id = ?, contact_id = ?, usergroup_id = ?, currency_id = ?, locked = ?, target_dimension_item_id = ? WHERE target_assignment_info_id = ?',
    work.updates.map(({ input: a }) => [
      ...ownerColumns(a),
      a.currencyId,
      a.locked ? 1 : 0,
      a.dimensionItem,
      a.id,
    ]),
  );
  const valueInserts: number[][] = [];
  if (periodsChanged) {
    for (const { input: a } of work.updates)
      a.values.forEach((v, i) => valueInserts.push([a.id, periodIds[i], v]));
  } else {
    db.runMany(
      'UPDATE target_assignment_value SET target_value = ? WHERE target_assignment_info_id = ? AND target_period_id = ?',
      work.updates.flatMap(({ input: a, changedPeriods }) =>
        changedPeriods.map((p) => [a.values[p], a.id, periodIds[p]]),
      ),
    );
  }
  const infoRows: (number | null)[][] = [];
  for (const { input: a, id } of work.inserts) {
    infoRows.push([
      id,
      groupId,
      ...ownerColumns(a),
      a.currencyId,
      a.locked ? 1 : 0,
      a.dimensionItem,
    ]);
    a.values.forEach((v, i) => valueInserts.push([id, periodIds[i], v]));
  }
  db.runMany(
    'INSERT INTO target_assignment_info (target_assignment_info_id, target_group_id, associate_id, contact_id, usergroup_id, currency_id, locked, target_dimension_item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    infoRows,
  );
  db.runMany(
    'INSERT INTO target_assignment_value (target_assignment_info_id, target_period_id, target_value) VALUES (?, ?, ?)',
    valueInserts,
  );
}

/** Highest assignment id ever used (history keeps ids of deleted rows, so they are never reused). */
const maxAssignmentId = (db: SandboxDatabase) =>
  db.get<{ m: number | null }>(
    `SELECT MAX(m) AS m FROM (SELECT MAX(target_assignment_info_id) AS m FROM target_assignment_info
     UNION ALL SELECT MAX(target_assignment_info_id) FROM target_revision)`,
  )?.m ?? 0;
