import type { SandboxDatabase } from '../../db/database.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import { goalTypes, interOperators } from './enums.ts';
import { lengths } from './rights.ts';
import { nextId } from './ids.ts';
import * as input from './input.ts';
import type { Json } from './input.ts';
import { fieldError } from './fieldError.ts';

interface GoalRow {
  workflow_goal_id: number;
  workflow_id: number;
  goal_type: string;
  extra: string;
}
interface GroupRow {
  group_id: number;
  name: string;
  description: string;
  rank: number;
  extra: string;
}
interface RestrictionRow {
  name: string;
  operator: string;
  values: string;
  display_values: string;
  column_info: string;
  is_active: number;
  sub_restrictions: string;
  inter_parenthesis: number;
  inter_operator: string;
  unique_hash: number;
  extra: string;
}

const GOAL_KNOWN = [
  'WorkflowGoalId',
  'WorkflowId',
  'GoalType',
  'RestrictionGroups',
  'TableRight',
  'FieldProperties',
];
const GROUP_KNOWN = ['Name', 'Description', 'Rank', 'Restrictions'];
const RESTRICTION_KNOWN = [
  'Name',
  'Operator',
  'Values',
  'DisplayValues',
  'ColumnInfo',
  'IsActive',
  'SubRestrictions',
  'InterParenthesis',
  'InterOperator',
  'UniqueHash',
];

function restrictionJson(r: RestrictionRow): Json {
  return {
    Name: r.name,
    Operator: r.operator,
    Values: input.parseJson(r.values, []),
    DisplayValues: input.parseJson(r.display_values, []),
    ColumnInfo: input.parseJson(r.column_info, null),
    IsActive: r.is_active === 1,
    SubRestrictions: input.parseJson(r.sub_restrictions, null),
    InterParenthesis: r.inter_parenthesis,
    InterOperator: r.inter_operator,
    UniqueHash: r.unique_hash,
    ...input.parseJson<Json>(r.extra, {}),
  };
}

/** A goal without its rights (WorkflowGoalId, WorkflowId, GoalType, RestrictionGroups, extras). */
export function loadGoal(db: SandboxDatabase, id: number): Json {
  const g = db.get<GoalRow>('SELECT * FROM workflow_goal WHERE workflow_goal_id = ?', [id]);
  if (!g) throw notFound('WorkflowGoal', id);
  const groups = db.all<GroupRow>(
    'SELECT * FROM workflow_goal_restriction_group WHERE workflow_goal_id = ? ORDER BY rank, group_id',
    [id],
  );
  return {
    WorkflowGoalId: g.workflow_goal_id,
    WorkflowId: g.workflow_id,
    GoalType: g.goal_type,
    RestrictionGroups: groups.map((gr) => ({
      Name: gr.name,
      Description: gr.description,
      Rank: gr.rank,
      Restrictions: db
        .all<RestrictionRow>(
          'SELECT * FROM workflow_goal_restriction WHERE group_id = ? ORDER BY rank, restriction_id',
          [gr.group_id],
        )
        .map(restrictionJson),
      ...input.parseJson<Json>(gr.extra, {}),
    })),
    ...input.parseJson<Json>(g.extra, {}),
  };
}

export const goalIdsOfFlow = (db: SandboxDatabase, workflowId: number) =>
  db
    .all<{ workflow_goal_id: number }>(
      'SELECT workflow_goal_id FROM workflow_goal WHERE workflow_id = ? ORDER BY workflow_goal_id',
      [workflowId],
    )
    .map((r) => r.workflow_goal_id);

/** Parentheses must open before they close and all be closed by the end of the group. */
function checkParentheses(restrictions: Json[], path: string) {
  let depth = 0;
  restrictions.forEach((r, i) => {
    const p = input.int(r, 'InterParenthesis', `${path}.${i}.InterParenthesis`);
    depth += p;
    if (depth < 0)
      throw fieldError(path, `close a parenthesis at restriction ${i + 1} that was never opened`);
  });
  if (depth !== 0)
    throw fieldError(
      path,
      `open ${depth === 1 ? 'a parenthesis that is' : `${depth} parentheses that are`} never closed`,
    );
}

interface ParsedRestriction extends Omit<RestrictionRow, 'is_active'> {
  is_active: number;
}

function parseRestriction(r: Json, path: string): ParsedRestriction {
  const nameOrEmpty = input.text(r, 'Name', `${path}.Name`, lengths.name);
  if (!nameOrEmpty.trim()) throw fieldError(`${path}.Name`, 'is empty; choose a field');
  const op = input.text(r, 'InterOperator', `${path}.InterOperator`, 10, 'And');
  const interOperator = interOperators.find((o) => o.toLowerCase() === op.toLowerCase());
  if (!interOperator) throw fieldError(`${path}.InterOperator`, `'${op}' is not None, And or Or`);
  const sub = input.prop(r, 'SubRestrictions');
  if (sub !== undefined && sub !== null && !Array.isArray(sub))
    throw fieldError(`${path}.SubRestrictions`, 'must be a list');
  const column = input.prop(r, 'ColumnInfo');
  if (column !== undefined && column !== null) input.object(column, `${path}.ColumnInfo`);
  return {
    name: nameOrEmpty,
    operator: input.text(r, 'Operator', `${path}.Operator`, lengths.operator),
    values: JSON.stringify(input.stringList(r, 'Values', `${path}.Values`) ?? []),
    display_values: JSON.stringify(
      input.stringList(r, 'DisplayValues', `${path}.DisplayValues`) ?? [],
    ),
    column_info: JSON.stringify(column ?? null),
    is_active: input.bool(r, 'IsActive', `${path}.IsActive`, true) ? 1 : 0,
    sub_restrictions: JSON.stringify(sub ?? null),
    inter_parenthesis: input.int(r, 'InterParenthesis', `${path}.InterParenthesis`),
    inter_operator: interOperator,
    unique_hash: input.int(r, 'UniqueHash', `${path}.UniqueHash`),
    extra: JSON.stringify(input.extraProps(r, RESTRICTION_KNOWN)),
  };
}

/**
 * Validates and stores a goal (id 0 creates). Groups keep the order they arrive in, ranks 1..n;
 * restrictions keep their order. Returns the goal id.
 */
export function storeGoal(db: SandboxDatabase, body: Json): number {
  const id = input.int(body, 'WorkflowGoalId', 'WorkflowGoalId');
  if (id > 0 && !db.get('SELECT 1 FROM workflow_goal WHERE workflow_goal_id = ?', [id]))
    throw notFound('WorkflowGoal', id);
  const workflowId = input.int(body, 'WorkflowId', 'WorkflowId');
  if (workflowId <= 0)
    throw badRequest('WorkflowId must name the flow this goal belongs to.', 'WorkflowId');
  if (!db.get('SELECT 1 FROM workflow WHERE workflow_id = ?', [workflowId]))
    throw badRequest(`WorkflowId: there is no flow ${workflowId}`, 'WorkflowId');
  const goalType = input.enumValue(body, 'GoalType', 'GoalType', goalTypes, 'None');
  const groups = (input.array(body, 'RestrictionGroups', 'RestrictionGroups') ?? []).map(
    (g, gi) => {
      const path = `RestrictionGroups.${gi}`;
      const obj = input.object(g, path);
      const rank = input.int(obj, 'Rank', `${path}.Rank`);
      const restrictions = (input.array(obj, 'Restrictions', `${path}.Restrictions`) ?? []).map(
        (r, ri) => input.object(r, `${path}.Restrictions.${ri}`),
      );
      checkParentheses(restrictions, `${path}.Restrictions`);
      return {
        // Mandatory, as GetWorkflowGoal says (UIHintMandatory): a blank name is refused.
        name: input.requiredText(obj, 'Name', `${path}.Name`, lengths.name),
        description: input.text(obj, 'Description', `${path}.Description`, lengths.description),
        extra: JSON.stringify(input.extraProps(obj, GROUP_KNOWN)),
        // Rank 0 (a new group) goes last; equal ranks keep the order they arrived in.
        order: rank > 0 ? rank : Number.MAX_SAFE_INTEGER,
        restrictions: restrictions.map((r, ri) =>
          parseRestriction(r, `${path}.Restrictions.${ri}`),
        ),
      };
    },
  );
  groups.sort((a, b) => a.order - b.order);
  const extra = JSON.stringify(input.extraProps(body, GOAL_KNOWN));
  let goalId = id;
  if (id > 0) {
    db.run(
      'UPDATE workflow_goal SET workflow_id = ?, goal_type = ?, extra = ? WHERE workflow_goal_id = ?',
      [workflowId, goalType, extra, id],
    );
    db.run('DELETE FROM workflow_goal_restriction_group WHERE workflow_goal_id = ?', [id]);
  } else {
    goalId = db.run(
      'INSERT INTO workflow_goal (workflow_goal_id, workflow_id, goal_type, extra) VALUES (?, ?, ?, ?)',
      [nextId(db, 'workflow_goal'), workflowId, goalType, extra],
    );
  }
  groups.forEach((g, gi) => {
    const groupId = db.run(
      'INSERT INTO workflow_goal_restriction_group (workflow_goal_id, name, description, rank, extra) VALUES (?, ?, ?, ?, ?)',
      [goalId, g.name, g.description, gi + 1, g.extra],
    );
    g.restrictions.forEach((r, ri) =>
      db.run(
        `INSERT INTO workflow_goal_restriction (group_id, rank, name, operator, "values", display_values, column_info,
          is_active, sub_restrictions, inter_parenthesis, inter_operator, unique_hash, extra)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          groupId,
          ri + 1,
          r.name,
          r.operator,
          r.values,
          r.display_values,
          r.column_info,
          r.is_active,
          r.sub_restrictions,
          r.inter_parenthesis,
          r.inter_operator,
          r.unique_hash,
          r.extra,
        ],
      ),
    );
  });
  return goalId;
}
