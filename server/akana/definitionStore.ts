import crypto from 'node:crypto';
import type { SandboxDatabase } from '../db/database.ts';

/** Table of the Akana workflow definitions (contract §10.1), with the uploaded XML. */
export const definitionSchema = `
CREATE TABLE IF NOT EXISTS akana_workflow_definition (
  def_key TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'C',
  object_type TEXT NOT NULL,
  business_id TEXT NOT NULL,
  updated TEXT NOT NULL,
  xml TEXT NOT NULL
);
`;

/** The platform's WorkflowDefinition, as the seed page shows it. */
export interface WorkflowDefinition {
  Key: string;
  Name: string;
  Description: string;
  State: string;
  ObjectType: string;
  BusinessID: string;
  Updated: string;
}

type Row = {
  def_key: string;
  name: string;
  description: string;
  state: string;
  object_type: string;
  business_id: string;
  updated: string;
};

const toDefinition = (r: Row): WorkflowDefinition => ({
  Key: r.def_key,
  Name: r.name,
  Description: r.description,
  State: r.state,
  ObjectType: r.object_type,
  BusinessID: r.business_id,
  Updated: r.updated,
});

export const businessIdFor = (fedMemberId: string) => `tenantbusiness.${fedMemberId}`;

export function listDefinitions(
  db: SandboxDatabase,
  filter: { objectType?: string; businessId?: string },
): WorkflowDefinition[] {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.objectType) {
    where.push('lower(object_type) = lower(?)');
    params.push(filter.objectType);
  }
  if (filter.businessId) {
    where.push('business_id = ?');
    params.push(filter.businessId);
  }
  const sql = `SELECT def_key, name, description, state, object_type, business_id, updated
    FROM akana_workflow_definition ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY updated DESC, name`;
  return db.all<Row>(sql, params).map(toDefinition);
}

export function insertDefinition(
  db: SandboxDatabase,
  d: {
    name: string;
    description: string;
    objectType: string;
    businessId: string;
    xml: string;
    updated?: Date;
  },
): WorkflowDefinition {
  const row: Row = {
    def_key: crypto.randomUUID(),
    name: d.name,
    description: d.description,
    state: 'C',
    object_type: d.objectType,
    business_id: d.businessId,
    updated: (d.updated ?? new Date()).toISOString(),
  };
  db.transaction(() =>
    db.run(
      `INSERT INTO akana_workflow_definition
        (def_key, name, description, state, object_type, business_id, updated, xml)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.def_key,
        row.name,
        row.description,
        row.state,
        row.object_type,
        row.business_id,
        row.updated,
        d.xml,
      ],
    ),
  );
  return toDefinition(row);
}

/** Deletes one definition; false when the key is unknown. */
export function deleteDefinition(db: SandboxDatabase, key: string): boolean {
  return db.transaction(() => {
    const found = db.get('SELECT 1 AS x FROM akana_workflow_definition WHERE def_key = ?', [key]);
    if (!found) return false;
    db.run('DELETE FROM akana_workflow_definition WHERE def_key = ?', [key]);
    return true;
  });
}
