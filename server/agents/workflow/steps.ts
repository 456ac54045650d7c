import type { SandboxDatabase } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import { splitOptionTypes, stepTypes } from './enums.ts';
import { lengths } from './rights.ts';
import { nextId } from './ids.ts';
import * as input from './input.ts';
import type { Json } from './input.ts';
import { loadOptionsOfStep, saveOptionsOfStep } from './options.ts';
import { fieldError } from './fieldError.ts';

export interface StepRow {
  workflow_step_id: number;
  workflow_id: number;
  parent_option_id: number | null;
  step_type: string;
  rank: number;
  extra: string;
}

/** Properties with their own column (or computed); everything else is kept in `extra`. */
const STEP_KNOWN = [
  'WorkflowStepId',
  'WorkflowId',
  'StepType',
  'Rank',
  'Options',
  'SubSteps',
  'TableRight',
  'FieldProperties',
];

export function getStepRow(db: SandboxDatabase, id: number): StepRow {
  const row = db.get<StepRow>('SELECT * FROM workflow_step WHERE workflow_step_id = ?', [id]);
  if (!row) throw notFound('WorkflowStep', id);
  return row;
}

/** A step as WorkflowStepBase JSON (subtype properties included; a split carries its Options). */
export function stepJson(db: SandboxDatabase, row: StepRow): Json {
  const out: Json = {
    WorkflowStepId: row.workflow_step_id,
    WorkflowId: row.workflow_id,
    StepType: row.step_type,
    Rank: row.rank,
    ...input.parseJson<Json>(row.extra, {}),
  };
  if (row.step_type === 'Split') out.Options = loadOptionsOfStep(db, row.workflow_step_id);
  return out;
}

/** The steps of one line: the main line (`parentOptionId` null) or the path of an option. */
export function loadLine(db: SandboxDatabase, workflowId: number, parentOptionId: number | null) {
  return db
    .all<StepRow>(
      'SELECT * FROM workflow_step WHERE workflow_id = ? AND parent_option_id IS ? ORDER BY rank, workflow_step_id',
      [workflowId, parentOptionId],
    )
    .map((r) => stepJson(db, r));
}

/** Validated subtype properties of a step body (the ones the sandbox knows are type-checked). */
function stepExtra(obj: Json, path: string): Json {
  const extra = input.extraProps(obj, STEP_KNOWN);
  if ('SplitName' in extra) input.text(obj, 'SplitName', `${path}SplitName`, lengths.name);
  if ('ExitFlow' in extra) input.bool(obj, 'ExitFlow', `${path}ExitFlow`, false);
  if ('SplitOptionType' in extra)
    extra.SplitOptionType = input.enumValue(
      obj,
      'SplitOptionType',
      `${path}SplitOptionType`,
      splitOptionTypes,
      'None',
    );
  return extra;
}

/**
 * Creates or updates one step in a line at `rank`; a split's Options (when given) are saved too.
 * `path` prefixes field names in 400s (e.g. "Steps.2.").
 */
export function upsertStep(
  db: SandboxDatabase,
  obj: Json,
  workflowId: number,
  parentOptionId: number | null,
  rank: number,
  path: string,
): number {
  const id = input.int(obj, 'WorkflowStepId', `${path}WorkflowStepId`);
  const type = input.enumValue(obj, 'StepType', `${path}StepType`, stepTypes, 'None');
  const extra = JSON.stringify(stepExtra(obj, path));
  let stepId = id;
  if (id > 0) {
    getStepRow(db, id);
    db.run(
      'UPDATE workflow_step SET workflow_id = ?, parent_option_id = ?, step_type = ?, rank = ?, extra = ? WHERE workflow_step_id = ?',
      [workflowId, parentOptionId, type, rank, extra, id],
    );
  } else {
    stepId = db.run(
      'INSERT INTO workflow_step (workflow_step_id, workflow_id, parent_option_id, step_type, rank, extra) VALUES (?, ?, ?, ?, ?, ?)',
      [nextId(db, 'workflow_step'), workflowId, parentOptionId, type, rank, extra],
    );
  }
  const options = input.array(obj, 'Options', `${path}Options`);
  if (type === 'Split' && options)
    saveOptionsOfStep(db, stepId, workflowId, options, `${path}Options.`);
  return stepId;
}

/**
 * Replaces a line with `steps` in the order given: ranks become 1..n, steps with id 0 are
 * created, steps of the line that are not in the list are deleted (with their paths).
 */
export function saveLine(
  db: SandboxDatabase,
  workflowId: number,
  parentOptionId: number | null,
  steps: unknown[],
  path: string,
): void {
  const kept: number[] = [];
  steps.forEach((s, i) => {
    const obj = input.object(s, `${path}${i}`);
    const id = upsertStep(db, obj, workflowId, parentOptionId, i + 1, `${path}${i}.`);
    if (kept.includes(id))
      throw fieldError(`${path}${i}`, `is step ${id} again: a step can be listed only once`);
    kept.push(id);
  });
  const current = db.all<{ workflow_step_id: number }>(
    'SELECT workflow_step_id FROM workflow_step WHERE workflow_id = ? AND parent_option_id IS ?',
    [workflowId, parentOptionId],
  );
  for (const r of current)
    if (!kept.includes(r.workflow_step_id))
      db.run('DELETE FROM workflow_step WHERE workflow_step_id = ?', [r.workflow_step_id]);
}

/** Moves a step to `rank` in its line (1-based; 0 or out of range = last) and renumbers 1..n. */
export function placeInLine(db: SandboxDatabase, row: StepRow, rank: number): void {
  const ids = db
    .all<{ workflow_step_id: number }>(
      'SELECT workflow_step_id FROM workflow_step WHERE workflow_id = ? AND parent_option_id IS ? AND workflow_step_id <> ? ORDER BY rank, workflow_step_id',
      [row.workflow_id, row.parent_option_id, row.workflow_step_id],
    )
    .map((r) => r.workflow_step_id);
  const at = rank >= 1 && rank <= ids.length + 1 ? rank - 1 : ids.length;
  ids.splice(at, 0, row.workflow_step_id);
  ids.forEach((id, i) =>
    db.run('UPDATE workflow_step SET rank = ? WHERE workflow_step_id = ?', [i + 1, id]),
  );
}

/** Renumbers the ranks of a line 1..n keeping their order (after a delete). */
export function renumberLine(
  db: SandboxDatabase,
  workflowId: number,
  parentOptionId: number | null,
) {
  db.all<{ workflow_step_id: number }>(
    'SELECT workflow_step_id FROM workflow_step WHERE workflow_id = ? AND parent_option_id IS ? ORDER BY rank, workflow_step_id',
    [workflowId, parentOptionId],
  ).forEach((r, i) =>
    db.run('UPDATE workflow_step SET rank = ? WHERE workflow_step_id = ?', [
      i + 1,
      r.workflow_step_id,
    ]),
  );
}

/** Number of steps in a flow, all levels. */
export function countSteps(db: SandboxDatabase, workflowId: number): number {
  return Number(
    db.get<{ n: number }>('SELECT COUNT(*) AS n FROM workflow_step WHERE workflow_id = ?', [
      workflowId,
    ])?.n ?? 0,
  );
}
