import type { SandboxDatabase } from '../../db/database.ts';
import { badRequest, notFound } from '../../http/errors.ts';
import { splitOptionTypes } from './enums.ts';
import { lengths } from './rights.ts';
import { nextId } from './ids.ts';
import * as input from './input.ts';
import type { Json } from './input.ts';
import { getStepRow, loadLine, saveLine } from './steps.ts';
import { fieldError } from './fieldError.ts';

export interface OptionRow {
  workflow_step_option_id: number;
  workflow_step_id: number;
  workflow_id: number;
  option_type: string;
  option_key: string;
  name: string;
  rank: number;
  extra: string;
}

const OPTION_KNOWN = [
  'OptionType',
  'WorkflowStepOptionId',
  'WorkflowStepId',
  'WorkflowId',
  'Key',
  'Name',
  'Rank',
  'Steps',
  'TableRight',
  'FieldProperties',
];

export function getOptionRow(db: SandboxDatabase, id: number): OptionRow {
  const row = db.get<OptionRow>(
    'SELECT * FROM workflow_step_option WHERE workflow_step_option_id = ?',
    [id],
  );
  if (!row) throw notFound('WorkflowStepOption', id);
  return row;
}

/**
 * An option as WorkflowStepOptionBase (contract §4), as a tenant answers GetWorkflowStepOption and
 * a split's Options: no Key (nor TableRight or FieldProperties). Nested splits' options alike.
 */
export function optionBaseJson(db: SandboxDatabase, row: OptionRow): Json {
  return {
    OptionType: row.option_type,
    WorkflowStepOptionId: row.workflow_step_option_id,
    WorkflowStepId: row.workflow_step_id,
    WorkflowId: row.workflow_id,
    Name: row.name,
    Rank: row.rank,
    Steps: loadLine(db, row.workflow_id, row.workflow_step_option_id),
    ...input.parseJson<Json>(row.extra, {}),
  };
}

/**
 * An option as Save answers it (WorkflowStepOption: with its Key; the caller adds the rights).
 * OptionType is kept too, so the editor that saved it still knows what the path is for.
 */
export function optionJson(db: SandboxDatabase, row: OptionRow): Json {
  const { Name, ...base } = optionBaseJson(db, row);
  return { ...base, Key: row.option_key, Name };
}

export function loadOptionsOfStep(db: SandboxDatabase, stepId: number): Json[] {
  return db
    .all<OptionRow>(
      'SELECT * FROM workflow_step_option WHERE workflow_step_id = ? ORDER BY rank, workflow_step_option_id',
      [stepId],
    )
    .map((r) => optionBaseJson(db, r));
}

/** Letters that Unicode does not decompose into a base letter and a mark (NFKD). */
const spelledOut: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  þ: 'th',
};

/** A key made from a name: "Ærlig østers" → "aerlig-osters" (letters kept without accents). */
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æøœßđłþ]/g, (c) => spelledOut[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, lengths.key);

/** `base`, or base-2, base-3, … (within the key length), whichever is not `taken`. */
function freeKey(base: string, taken: (key: string) => boolean): string {
  let key = base;
  for (let n = 2; taken(key); n++) key = `${base.slice(0, lengths.key - `-${n}`.length)}-${n}`;
  return key;
}

/**
 * Creates or updates one option of split step `stepId` at `rank`, with its path (Steps, when
 * given). Key is fixed once saved; it must be unique within the split.
 */
export function upsertOption(
  db: SandboxDatabase,
  obj: Json,
  stepId: number,
  workflowId: number,
  rank: number,
  path: string,
): number {
  const id = input.int(obj, 'WorkflowStepOptionId', `${path}WorkflowStepOptionId`);
  const existing = id > 0 ? getOptionRow(db, id) : undefined;
  const name = input.requiredText(obj, 'Name', `${path}Name`, lengths.name);
  const type = input.enumValue(
    obj,
    'OptionType',
    `${path}OptionType`,
    splitOptionTypes,
    existing?.option_type ?? 'None',
  );
  let key = input.text(obj, 'Key', `${path}Key`, lengths.key, existing?.option_key ?? '');
  if (existing && key !== existing.option_key)
    throw fieldError(`${path}Key`, 'cannot be changed after the option is saved');
  const taken = (k: string) =>
    !!db.get(
      'SELECT 1 FROM workflow_step_option WHERE workflow_step_id = ? AND option_key = ? AND workflow_step_option_id <> ?',
      [stepId, k, id],
    );
  // A key left blank is made from the name, and made unique: the user did not choose it, so it
  // must not be refused as "already used" (a second "Clicked the blog" gets clicked-the-blog-2).
  if (!existing && key.trim() === '') key = freeKey(slug(name) || 'option', taken);
  if (taken(key))
    throw fieldError(`${path}Key`, `'${key}' is already used by another option of this split`);
  const extra = JSON.stringify(input.extraProps(obj, OPTION_KNOWN));
  let optionId = id;
  if (existing) {
    db.run(
      'UPDATE workflow_step_option SET workflow_step_id = ?, workflow_id = ?, option_type = ?, name = ?, rank = ?, extra = ? WHERE workflow_step_option_id = ?',
      [stepId, workflowId, type, name, rank, extra, id],
    );
  } else {
    optionId = db.run(
      'INSERT INTO workflow_step_option (workflow_step_option_id, workflow_step_id, workflow_id, option_type, option_key, name, rank, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [nextId(db, 'workflow_step_option'), stepId, workflowId, type, key, name, rank, extra],
    );
  }
  const steps = input.array(obj, 'Steps', `${path}Steps`);
  if (steps) saveLine(db, workflowId, optionId, steps, `${path}Steps.`);
  return optionId;
}

/** Replaces the options of a split (Options of a saved split step), ranks 1..n in list order. */
export function saveOptionsOfStep(
  db: SandboxDatabase,
  stepId: number,
  workflowId: number,
  options: unknown[],
  path: string,
): void {
  const kept = options.map((o, i) =>
    upsertOption(db, input.object(o, `${path}${i}`), stepId, workflowId, i + 1, `${path}${i}.`),
  );
  for (const r of db.all<{ workflow_step_option_id: number }>(
    'SELECT workflow_step_option_id FROM workflow_step_option WHERE workflow_step_id = ?',
    [stepId],
  ))
    if (!kept.includes(r.workflow_step_option_id))
      db.run('DELETE FROM workflow_step_option WHERE workflow_step_option_id = ?', [
        r.workflow_step_option_id,
      ]);
}

/** Moves an option to `rank` among its split's options (0 or out of range = last); ranks 1..n. */
export function placeOption(db: SandboxDatabase, row: OptionRow, rank: number): void {
  const ids = db
    .all<{ workflow_step_option_id: number }>(
      'SELECT workflow_step_option_id FROM workflow_step_option WHERE workflow_step_id = ? AND workflow_step_option_id <> ? ORDER BY rank, workflow_step_option_id',
      [row.workflow_step_id, row.workflow_step_option_id],
    )
    .map((r) => r.workflow_step_option_id);
  const at = rank >= 1 && rank <= ids.length + 1 ? rank - 1 : ids.length;
  ids.splice(at, 0, row.workflow_step_option_id);
  ids.forEach((id, i) =>
    db.run('UPDATE workflow_step_option SET rank = ? WHERE workflow_step_option_id = ?', [
      i + 1,
      id,
    ]),
  );
}

/** The split step an option hangs under; 400 naming WorkflowStepId when it is not a split. */
export function splitStepFor(db: SandboxDatabase, stepId: number, path = 'WorkflowStepId') {
  if (stepId <= 0)
    throw badRequest('WorkflowStepId must name the split step this option belongs to.', path);
  const row = db.get<{ step_type: string; workflow_id: number }>(
    'SELECT step_type, workflow_id FROM workflow_step WHERE workflow_step_id = ?',
    [stepId],
  );
  if (!row) throw badRequest(`There is no step ${stepId}`, path);
  if (row.step_type !== 'Split') throw badRequest(`Step ${stepId} is not a split step`, path);
  return getStepRow(db, stepId);
}

/** Renumbers a split's options 1..n keeping their order (after a delete). */
export function renumberOptions(db: SandboxDatabase, stepId: number): void {
  db.all<{ workflow_step_option_id: number }>(
    'SELECT workflow_step_option_id FROM workflow_step_option WHERE workflow_step_id = ? ORDER BY rank, workflow_step_option_id',
    [stepId],
  ).forEach((r, i) =>
    db.run('UPDATE workflow_step_option SET rank = ? WHERE workflow_step_option_id = ?', [
      i + 1,
      r.workflow_step_option_id,
    ]),
  );
}
