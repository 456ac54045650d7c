import type { SandboxDatabase } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import type { AgentCall } from '../../http/agent.ts';
import { countSteps, loadLine } from './steps.ts';
import { goalIdsOfFlow, loadGoal } from './goals.ts';
import { fieldProperties, lengths, tableRight } from './rights.ts';
import { tenantDateTime } from '../tenantDateTime.ts';

interface FlowRow {
  workflow_id: number;
  name: string;
  description: string;
  status: string;
  created: string;
  updated: string;
}

export const flowExists = (db: SandboxDatabase, id: number) =>
  !!db.get('SELECT 1 FROM workflow WHERE workflow_id = ?', [id]);

/** Marks a flow changed (after any save under it). */
export const touchFlow = (db: SandboxDatabase, id: number) =>
  db.run('UPDATE workflow SET updated = ? WHERE workflow_id = ?', [new Date().toISOString(), id]);

export const goalRights = (call: AgentCall) => ({
  TableRight: tableRight(call),
  FieldProperties: fieldProperties(call, {
    WorkflowGoalId: { kind: 'int', system: true },
    WorkflowId: { kind: 'int', mandatory: true },
    GoalType: { kind: 'enum', mandatory: true },
    RestrictionGroups: { kind: 'array' },
    'RestrictionGroups.Name': { kind: 'string', length: lengths.name, mandatory: true },
    'RestrictionGroups.Description': { kind: 'string', length: lengths.description },
  }),
});

/** EmailFlow (contract §3): the flow with its main-line steps and its goals. */
export function emailFlowJson(call: AgentCall, id: number) {
  const { db } = call;
  const f = db.get<FlowRow>('SELECT * FROM workflow WHERE workflow_id = ?', [id]);
  if (!f) throw notFound('EmailFlow', id);
  return {
    EmailFlowId: f.workflow_id,
    Name: f.name,
    Description: f.description,
    Status: f.status,
    Steps: loadLine(db, id, null),
    Triggers: [],
    Goals: goalIdsOfFlow(db, id).map((g) => ({ ...loadGoal(db, g), ...goalRights(call) })),
    Filter: null,
    BlockLists: [],
    VisibleFor: [],
    CreatedDate: tenantDateTime(f.created),
    UpdatedDate: tenantDateTime(f.updated),
    TableRight: tableRight(call),
    FieldProperties: fieldProperties(call, {
      EmailFlowId: { kind: 'int', system: true },
      Name: { kind: 'string', length: lengths.name, mandatory: true },
      Description: { kind: 'string', length: lengths.description },
      Status: { kind: 'enum' },
    }),
  };
}

/** The sandbox's list of flows (SuperOffice has no list method; contract §12). */
export function emailFlowList(db: SandboxDatabase) {
  return db.all<FlowRow>('SELECT * FROM workflow ORDER BY name').map((f) => ({
    EmailFlowId: f.workflow_id,
    Name: f.name,
    Description: f.description,
    Status: f.status,
    StepCount: countSteps(db, f.workflow_id),
    MainLineStepCount: Number(
      db.get<{ n: number }>(
        'SELECT COUNT(*) AS n FROM workflow_step WHERE workflow_id = ? AND parent_option_id IS NULL',
        [f.workflow_id],
      )?.n ?? 0,
    ),
    GoalCount: goalIdsOfFlow(db, f.workflow_id).length,
    UpdatedDate: tenantDateTime(f.updated),
  }));
}
