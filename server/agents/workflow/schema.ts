import { workflowIdSchema } from './ids.ts';

/**
 * Workflow tables, modelled on SuperOffice's (workflow = the email flow definition, workflow_step
 * with the option it hangs under for nested paths, workflow_step_option, workflow_goal and its
 * restriction groups and restrictions). Properties the sandbox does not model as columns are kept
 * in `extra` (JSON), so a Save → Get round trip is lossless.
 */
export const workflowSchema =
  `
CREATE TABLE IF NOT EXISTS workflow (
  workflow_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'Paused',
  created TEXT NOT NULL,
  updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS workflow_step (
  workflow_step_id INTEGER PRIMARY KEY,
  workflow_id INTEGER NOT NULL REFERENCES workflow (workflow_id) ON DELETE CASCADE,
  parent_option_id INTEGER REFERENCES workflow_step_option (workflow_step_option_id) ON DELETE CASCADE,
  step_type TEXT NOT NULL,
  rank INTEGER NOT NULL DEFAULT 0,
  extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS workflow_step_line ON workflow_step (workflow_id, parent_option_id, rank);
CREATE TABLE IF NOT EXISTS workflow_step_option (
  workflow_step_option_id INTEGER PRIMARY KEY,
  workflow_step_id INTEGER NOT NULL REFERENCES workflow_step (workflow_step_id) ON DELETE CASCADE,
  workflow_id INTEGER NOT NULL,
  option_type TEXT NOT NULL DEFAULT 'None',
  option_key TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  rank INTEGER NOT NULL DEFAULT 0,
  extra TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX IF NOT EXISTS workflow_step_option_step ON workflow_step_option (workflow_step_id, rank);
CREATE TABLE IF NOT EXISTS workflow_goal (
  workflow_goal_id INTEGER PRIMARY KEY,
  workflow_id INTEGER NOT NULL REFERENCES workflow (workflow_id) ON DELETE CASCADE,
  goal_type TEXT NOT NULL,
  extra TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS workflow_goal_restriction_group (
  group_id INTEGER PRIMARY KEY,
  workflow_goal_id INTEGER NOT NULL REFERENCES workflow_goal (workflow_goal_id) ON DELETE CASCADE,
  name TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  rank INTEGER NOT NULL DEFAULT 0,
  extra TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS workflow_goal_restriction (
  restriction_id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES workflow_goal_restriction_group (group_id) ON DELETE CASCADE,
  rank INTEGER NOT NULL DEFAULT 0,
  name TEXT NOT NULL DEFAULT '',
  operator TEXT NOT NULL DEFAULT '',
  "values" TEXT NOT NULL DEFAULT '[]',
  display_values TEXT NOT NULL DEFAULT '[]',
  column_info TEXT NOT NULL DEFAULT 'null',
  is_active INTEGER NOT NULL DEFAULT 1,
  sub_restrictions TEXT NOT NULL DEFAULT 'null',
  inter_parenthesis INTEGER NOT NULL DEFAULT 0,
  inter_operator TEXT NOT NULL DEFAULT 'And',
  unique_hash INTEGER NOT NULL DEFAULT 0,
  extra TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE IF NOT EXISTS workflow_event (
  workflow_event_id INTEGER PRIMARY KEY,
  event_type TEXT NOT NULL,
  attributes TEXT NOT NULL DEFAULT '',
  associate_id INTEGER NOT NULL,
  registered TEXT NOT NULL,
  result TEXT NOT NULL DEFAULT ''
);
` + workflowIdSchema;
