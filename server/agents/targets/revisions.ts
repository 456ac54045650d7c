import type { SandboxDatabase } from '../../db/database.ts';
import type { AgentMethod } from '../../http/agent.ts';
import { notFound } from '../../http/errors.ts';
import { associateJson } from './carriers.ts';
import type { LogEvent } from './enums.ts';
import { tenantDateTime } from '../tenantDateTime.ts';

export interface TargetChangeInput {
  field: string;
  from: number | null;
  to: number | null;
}

export interface PendingRevision {
  assignmentId: number;
  event: LogEvent;
  changes: TargetChangeInput[];
}

/**
 * Writes revisions in bulk: ids are allocated up front so revisions and their changes go through
 * one prepared statement each (a save of 10,000 rows stays fast).
 */
export function recordRevisions(
  db: SandboxDatabase,
  group: { id: number; year: number },
  who: number,
  when: string,
  revisions: readonly PendingRevision[],
): void {
  if (revisions.length === 0) return;
  let next =
    (db.get<{ m: number | null }>('SELECT MAX(target_revision_id) AS m FROM target_revision')?.m ??
      0) + 1;
  const revRows: (string | number)[][] = [];
  const changeRows: (string | number | null)[][] = [];
  for (const r of revisions) {
    const id = next++;
    revRows.push([id, r.assignmentId, group.id, group.year, r.event, who, when]);
    for (const c of r.changes) changeRows.push([id, c.field, c.from, c.to]);
  }
  db.runMany(
    `INSERT INTO target_revision (target_revision_id, target_assignment_info_id, target_group_id, year, log_event, associate_id, registered)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
    revRows,
  );
  db.runMany(
    'INSERT INTO target_change (target_revision_id, field_identifier, value_from, value_to) VALUES (?, ?, ?, ?)',
    changeRows,
  );
}

interface RevisionRow {
  target_revision_id: number;
  target_group_id: number;
  year: number;
  log_event: string;
  registered: string;
  associate_id: number | null;
  a_name: string | null;
  a_full_name: string | null;
  a_group_idx: number | null;
  a_type: string | null;
  a_deleted: number | null;
}

/** TargetRevisionHistory of one assignment, oldest first. */
function revisionHistory(db: SandboxDatabase, assignmentId: number) {
  const revisions = db.all<RevisionRow>(
    `SELECT r.target_revision_id, r.target_group_id, r.year, r.log_event, r.registered,
       a.associate_id, a.name AS a_name, a.full_name AS a_full_name, a.group_idx AS a_group_idx, a.type AS a_type, a.deleted AS a_deleted
     FROM target_revision r LEFT JOIN associate a ON a.associate_id = r.associate_id
     WHERE r.target_assignment_info_id = ? ORDER BY r.registered, r.target_revision_id`,
    [assignmentId],
  );
  if (revisions.length === 0) {
    const current = db.get<{ g: number; y: number }>(
      `SELECT g.target_group_id AS g, g.year AS y FROM target_assignment_info ai JOIN target_group g ON g.target_group_id = ai.target_group_id
       WHERE ai.target_assignment_info_id = ?`,
      [assignmentId],
    );
    if (!current) throw notFound('TargetAssignmentInfo', assignmentId);
    return {
      TargetGroupId: current.g,
      Year: current.y,
      Revisions: [],
      TableRight: null,
      FieldProperties: {},
    };
  }
  const changes = db.all<{
    rid: number;
    field_identifier: string;
    value_from: number | null;
    value_to: number | null;
  }>(
    `SELECT c.target_revision_id AS rid, c.field_identifier, c.value_from, c.value_to FROM target_change c
     JOIN target_revision r ON r.target_revision_id = c.target_revision_id
     WHERE r.target_assignment_info_id = ? ORDER BY c.target_change_id`,
    [assignmentId],
  );
  const byRevision = new Map<
    number,
    { FieldIdentifier: string; ValueChangeFrom: number | null; ValueChangeTo: number | null }[]
  >();
  for (const c of changes) {
    const list = byRevision.get(c.rid) ?? [];
    list.push({
      FieldIdentifier: c.field_identifier,
      ValueChangeFrom: c.value_from,
      ValueChangeTo: c.value_to,
    });
    byRevision.set(c.rid, list);
  }
  const last = revisions[revisions.length - 1];
  return {
    TargetGroupId: last.target_group_id,
    Year: last.year,
    Revisions: revisions.map((r) => ({
      LogEvent: r.log_event,
      Who: associateJson(r),
      When: tenantDateTime(r.registered),
      Changes: byRevision.get(r.target_revision_id) ?? [],
    })),
    TableRight: null,
    FieldProperties: {},
  };
}

export const revisionMethods: Record<string, AgentMethod> = {
  CreateDefaultTargetRevision: () => ({
    LogEvent: 'None',
    Who: null,
    When: tenantDateTime(new Date().toISOString()),
    Changes: [],
  }),
  CreateDefaultTargetRevisionHistory: () => ({
    TargetGroupId: 0,
    Year: 0,
    Revisions: [],
    TableRight: null,
    FieldProperties: {},
  }),
  GetTargetRevisionHistory: (call) =>
    revisionHistory(call.db, call.args.int('TargetAssignmentInfoId')),
};
