import type { SandboxDatabase } from '../../db/database.ts';
import type { AgentCall } from '../../http/agent.ts';
import { notFound } from '../../http/errors.ts';
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

/** A TargetAssignment carrier as stored (rights are added per caller). */
export interface StoredAssignment {
  TargetAssignmentInfoId: number;
  Values: number[];
  Locked: boolean;
  TargetAssociate: {
    AssociateId: number;
    Name: string;
    FullName: string;
    GroupIdx: number;
    Type: string;
    Deleted: boolean;
  } | null;
  TargetContact: { ContactId: number; Name: string; Department: string } | null;
  TargetUserGroup: {
    Id: number;
    Value: string;
    Tooltip: string;
    Rank: number;
    Deleted: boolean;
  } | null;
  Currency: { Id: number; Value: string; Tooltip: string } | null;
  DimensionListItem: number;
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
 * SQLite builds the carriers itself (JSON1), so a group crosses the WebAssembly boundary as a
 * few strings instead of 10,000 rows × 16 columns: one query for the assignment rows with their
 * owners, one for the values (one JSON array per period, read through a covering index).
 * Sorting happens in JS, which is cheaper than SQLite's temp B-tree here.
 */
const ASSIGNMENTS_JSON = `
SELECT json_group_array(json_object(
  'TargetAssignmentInfoId', ai.target_assignment_info_id,
  'Values', json('[]'),
  'Locked', json(CASE ai.locked WHEN 1 THEN 'true' ELSE 'false' END),
  'TargetAssociate', CASE WHEN ai.associate_id IS NULL THEN NULL ELSE json_object(
    'AssociateId', ai.associate_id, 'Name', a.name, 'FullName', a.full_name, 'GroupIdx', a.group_idx,
    'Type', a.type, 'Deleted', json(CASE a.deleted WHEN 1 THEN 'true' ELSE 'false' END)) END,
  'TargetContact', CASE WHEN ai.contact_id IS NULL THEN NULL ELSE json_object(
    'ContactId', ai.contact_id, 'Name', c.name, 'Department', c.department) END,
  'TargetUserGroup', CASE WHEN ai.usergroup_id IS NULL THEN NULL ELSE json_object(
    'Id', ai.usergroup_id, 'Value', g.name, 'Tooltip', g.tooltip, 'Rank', g.rank, 'Deleted', json('false')) END,
  'Currency', CASE WHEN ai.currency_id IS NULL THEN NULL ELSE json_object(
    'Id', ai.currency_id, 'Value', cur.name, 'Tooltip', cur.tooltip) END,
  'DimensionListItem', ai.target_dimension_item_id
)) AS j
FROM target_assignment_info ai
LEFT JOIN associate a ON a.associate_id = ai.associate_id
LEFT JOIN contact c ON c.contact_id = ai.contact_id
LEFT JOIN usergroup g ON g.usergroup_id = ai.usergroup_id
LEFT JOIN currency cur ON cur.currency_id = ai.currency_id
WHERE ai.target_group_id = ?`;

const VALUES_JSON = `
SELECT p.period_number AS n, json_group_array(v.target_assignment_info_id) AS ids, json_group_array(v.target_value) AS vals
FROM target_period p JOIN target_assignment_value v ON v.target_period_id = p.target_period_id
WHERE p.target_group_id = ?
GROUP BY p.period_number`;

/** Display order: company, then per user group (by rank) the group row and its users by name. */
function sortForDisplay(
  list: StoredAssignment[],
  groupRank: Map<number, number>,
): StoredAssignment[] {
  const keyed = list.map((a) => {
    const groupId = a.TargetUserGroup?.Id ?? a.TargetAssociate?.GroupIdx ?? 0;
    return {
      a,
      k1: a.TargetContact ? 0 : 1,
      k2: groupRank.get(groupId) ?? 1e9,
      k3: groupId,
      k4: a.TargetUserGroup ? 0 : 1,
      k5: a.TargetAssociate?.FullName ?? '',
    };
  });
  keyed.sort(
    (x, y) =>
      x.k1 - y.k1 ||
      x.k2 - y.k2 ||
      x.k3 - y.k3 ||
      x.k4 - y.k4 ||
      (x.k5 < y.k5 ? -1 : x.k5 > y.k5 ? 1 : 0) ||
      x.a.TargetAssignmentInfoId - y.a.TargetAssignmentInfoId,
  );
  return keyed.map((k) => k.a);
}

interface CacheEntry {
  updated: string;
  list: readonly StoredAssignment[];
}
const cache = new WeakMap<SandboxDatabase, Map<number, CacheEntry>>();

/**
 * Forgets a group's cached assignments. Every write path calls it (and the group's `updated`
 * stamp is checked as well), so the cache never serves stale rows.
 */
let stampSeq = 0;

/** A fresh `updated` stamp for a group write: unique even for two writes in one millisecond. */
export const updatedStamp = () => `${new Date().toISOString()}#${++stampSeq}`;

export function invalidateGroup(db: SandboxDatabase, groupId?: number): void {
  if (groupId === undefined) cache.delete(db);
  else cache.get(db)?.delete(groupId);
}

/**
 * Puts a group's assignments in the cache after a save that only changed Values / Locked (the
 * rows, their owners and their order are as loaded), so the answer needs no reload from SQL.
 */
export function cacheAssignments(
  db: SandboxDatabase,
  group: GroupRow,
  list: readonly StoredAssignment[],
): void {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  perDb.set(group.target_group_id, { updated: group.updated, list });
}

/**
 * Every assignment of a group with its values, Values padded to the period count. The result is
 * shared (cached per group and `updated` stamp): callers must not mutate it.
 */
export function loadAssignments(db: SandboxDatabase, group: GroupRow): readonly StoredAssignment[] {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = perDb.get(group.target_group_id);
  if (hit && hit.updated === group.updated) return hit.list;
  const count = periodCounts[group.period_type] ?? 12;
  const text = db.get<{ j: string | null }>(ASSIGNMENTS_JSON, [group.target_group_id])?.j ?? '[]';
  const list = JSON.parse(text) as StoredAssignment[];
  const byId = new Map<number, StoredAssignment>();
  for (const a of list) {
    a.Values = new Array<number>(count).fill(0);
    byId.set(a.TargetAssignmentInfoId, a);
  }
  for (const p of db.all<{ n: number; ids: string; vals: string }>(VALUES_JSON, [
    group.target_group_id,
  ])) {
    if (p.n < 1 || p.n > count) continue;
    const ids = JSON.parse(p.ids) as number[];
    const vals = JSON.parse(p.vals) as number[];
    for (let i = 0; i < ids.length; i++) {
      const a = byId.get(ids[i]);
      if (a) a.Values[p.n - 1] = vals[i];
    }
  }
  const ranks = new Map(
    db
      .all<{ id: number; rank: number }>('SELECT usergroup_id AS id, rank FROM usergroup')
      .map((r) => [r.id, r.rank]),
  );
  const sorted = sortForDisplay(list, ranks);
  perDb.set(group.target_group_id, { updated: group.updated, list: sorted });
  return sorted;
}

/** The carrier with the caller's rights (objects shared between rows, not copied). */
export function withRights(
  a: StoredAssignment,
  rightsFor: ReturnType<typeof assignmentRightsFactory>,
) {
  const rights = rightsFor(a.Locked, a.TargetAssociate === null, a.TargetAssociate?.FullName);
  return { ...a, TableRight: rights.TableRight, FieldProperties: rights.FieldProperties };
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
    TargetAssignments: loadAssignments(call.db, group).map((a) => withRights(a, rightsFor)),
    TargetDimension: dimension ? dimensionJson(call, dimension) : null,
    ...groupRights(call),
  };
}

/** The group for a year and dimension (the default dimension's group when none is given). */
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
