import type { SandboxDatabase } from '../../db/database.ts';
import type { AgentCall } from '../../http/agent.ts';
import { notFound } from '../../http/errors.ts';
import {
  associateJson,
  contactJson,
  currencyJson,
  ownerColumns,
  ownerJoins,
  userGroupJson,
  type OwnerRow,
} from './carriers.ts';
import { dimensionJson, loadDimension } from './dimensions.ts';
import { periodCounts } from './enums.ts';
import { assignmentRightsFactory, groupRights } from './rights.ts';

export interface GroupRow {
  target_group_id: number;
  year: number;
  entity_type: string;
  period_type: string;
  target_dimension_id: number | null;
  updated: string;
}

export interface AssignmentRow extends OwnerRow {
  id: number;
  locked: number;
  dimension_item: number;
}

export interface LoadedAssignment {
  row: AssignmentRow;
  values: number[];
}

export function loadGroupRow(db: SandboxDatabase, id: number): GroupRow | undefined {
  return db.get<GroupRow>('SELECT * FROM target_group WHERE target_group_id = ?', [id]);
}

export function requireGroupRow(db: SandboxDatabase, id: number): GroupRow {
  const g = loadGroupRow(db, id);
  if (!g) throw notFound('TargetGroup', id);
  return g;
}

/**
 * Every assignment of a group with its values: one query for the rows (owners joined), one for
 * the values (aggregated per assignment in SQL so 120,000 values cross into JS as 10,000 strings).
 * Order: company, then per user group (by rank) the group row and its users by name.
 */
export function loadAssignments(db: SandboxDatabase, group: GroupRow): LoadedAssignment[] {
  const count = periodCounts[group.period_type] ?? 12;
  const rows = db.all<AssignmentRow>(
    `SELECT ai.target_assignment_info_id AS id, ai.locked, ai.target_dimension_item_id AS dimension_item, ${ownerColumns}
     FROM target_assignment_info ai ${ownerJoins}
     LEFT JOIN usergroup ug ON ug.usergroup_id = a.group_idx
     WHERE ai.target_group_id = ?
     ORDER BY (ai.contact_id IS NULL), COALESCE(g.rank, ug.rank, 1e9), COALESCE(ai.usergroup_id, a.group_idx),
       (ai.usergroup_id IS NULL), a.full_name, ai.target_assignment_info_id`,
    [group.target_group_id],
  );
  const valueRows = db.all<{ id: number; vals: string }>(
    `SELECT v.target_assignment_info_id AS id, group_concat(p.period_number || ':' || v.target_value) AS vals
     FROM target_assignment_value v JOIN target_period p ON p.target_period_id = v.target_period_id
     WHERE p.target_group_id = ?
     GROUP BY v.target_assignment_info_id`,
    [group.target_group_id],
  );
  const byId = new Map<number, number[]>();
  for (const { id, vals } of valueRows) {
    const values = new Array<number>(count).fill(0);
    for (const pair of vals.split(',')) {
      const colon = pair.indexOf(':');
      const n = Number(pair.slice(0, colon));
      if (n >= 1 && n <= count) values[n - 1] = Number(pair.slice(colon + 1));
    }
    byId.set(id, values);
  }
  return rows.map((row) => ({ row, values: byId.get(row.id) ?? new Array<number>(count).fill(0) }));
}

/** The TargetAssignment carrier for a loaded row (rights objects shared between rows). */
export function assignmentJson(
  a: LoadedAssignment,
  rightsFor: ReturnType<typeof assignmentRightsFactory>,
) {
  const r = a.row;
  const rights = rightsFor(r.locked === 1, r.associate_id === null);
  return {
    TargetAssignmentInfoId: r.id,
    Values: a.values,
    Locked: r.locked === 1,
    TargetAssociate: associateJson(r),
    TargetContact: contactJson(r),
    TargetUserGroup: userGroupJson(r),
    Currency: currencyJson(r),
    DimensionListItem: r.dimension_item,
    TableRight: rights.TableRight,
    FieldProperties: rights.FieldProperties,
  };
}

/** The TargetGroup carrier, computed for the caller. */
export function groupJson(call: AgentCall, group: GroupRow) {
  const rightsFor = assignmentRightsFactory(call);
  const dimension =
    group.target_dimension_id === null
      ? undefined
      : loadDimension(call.db, group.target_dimension_id);
  return {
    TargetGroupId: group.target_group_id,
    Year: group.year,
    EntityType: group.entity_type,
    PeriodType: group.period_type,
    TargetAssignments: loadAssignments(call.db, group).map((a) => assignmentJson(a, rightsFor)),
    TargetDimension: dimension ? dimensionJson(call, dimension) : null,
    ...groupRights(call),
  };
}

/** The group for a year and dimension (the default dimension when none is given). */
export function findGroupRow(
  db: SandboxDatabase,
  year: number,
  dimensionId: number | null,
  entityType = 'Sale',
): GroupRow | undefined {
  if (dimensionId !== null) {
    return db.get<GroupRow>(
      'SELECT * FROM target_group WHERE year = ? AND target_dimension_id = ? ORDER BY target_group_id LIMIT 1',
      [year, dimensionId],
    );
  }
  return db.get<GroupRow>(
    `SELECT g.* FROM target_group g LEFT JOIN target_dimension d ON d.target_dimension_id = g.target_dimension_id
     WHERE g.year = ? AND g.entity_type = ? ORDER BY COALESCE(d.is_default, 0) DESC, g.target_group_id LIMIT 1`,
    [year, entityType],
  );
}
