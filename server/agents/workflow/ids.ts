import type { SandboxDatabase } from '../../db/database.ts';

/** Tables whose ids the API hands out (WorkflowGoalId, WorkflowStepId, WorkflowStepOptionId). */
const guarded = {
  workflow_goal: 'workflow_goal_id',
  workflow_step: 'workflow_step_id',
  workflow_step_option: 'workflow_step_option_id',
} as const;

export type GuardedTable = keyof typeof guarded;

/**
 * Ids are never reused, as on a real tenant (a client keeps drafts by id): SQLite's INTEGER
 * PRIMARY KEY hands out MAX + 1, so deleting the newest row gave its id to the next one.
 * `workflow_last_id` keeps the highest id ever used per table, kept up by triggers on every
 * insert. It is created on every open, so a database made by an older version gets it too,
 * starting from the highest id it holds then.
 */
export const workflowIdSchema =
  `CREATE TABLE IF NOT EXISTS workflow_last_id (
  table_name TEXT PRIMARY KEY,
  last_id INTEGER NOT NULL
);
` +
  Object.entries(guarded)
    .map(
      ([table, key]) => `INSERT OR IGNORE INTO workflow_last_id (table_name, last_id)
  SELECT '${table}', COALESCE(MAX(${key}), 0) FROM ${table};
CREATE TRIGGER IF NOT EXISTS ${table}_id_used AFTER INSERT ON ${table} BEGIN
  UPDATE workflow_last_id SET last_id = MAX(last_id, NEW.${key}) WHERE table_name = '${table}';
END;
`,
    )
    .join('');

/** The id for a new row of `table`: above every id it ever held. */
export function nextId(db: SandboxDatabase, table: GuardedTable): number {
  const key = guarded[table];
  const row = db.get<{ m: number }>(
    `SELECT MAX(COALESCE((SELECT last_id FROM workflow_last_id WHERE table_name = ?), 0),
       COALESCE((SELECT MAX(${key}) FROM ${table}), 0)) AS m`,
    [table],
  );
  return (row?.m ?? 0) + 1;
}
