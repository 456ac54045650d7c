/**
 * Tables of the Targets agent, modelled on SuperOffice's storage (contract §8):
 * target_group → target_period ← target_assignment_value → target_assignment_info.
 * target_assignment_info also carries target_group_id so one group loads with one query per table.
 * Revisions keep no foreign key to the assignment: history outlives a deleted row or group.
 */
export const targetsSchema = `
CREATE TABLE IF NOT EXISTS target_dimension (
  target_dimension_id INTEGER PRIMARY KEY,
  entity_type TEXT NOT NULL DEFAULT 'Sale',
  assignment_level INTEGER NOT NULL DEFAULT 7,
  measurement_unit TEXT NOT NULL DEFAULT 'Amount',
  dimension_list_field TEXT NOT NULL DEFAULT '',
  dimension_list_name TEXT NOT NULL DEFAULT '',
  dimension_list_id INTEGER NOT NULL DEFAULT 0,
  dimension_list_label TEXT NOT NULL DEFAULT '',
  selected_dimensions TEXT NOT NULL DEFAULT '[]',
  is_default INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS target_group (
  target_group_id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL,
  entity_type TEXT NOT NULL DEFAULT 'Sale',
  period_type TEXT NOT NULL DEFAULT 'Month',
  target_dimension_id INTEGER REFERENCES target_dimension (target_dimension_id) ON DELETE CASCADE,
  updated TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS target_group_year ON target_group (year, target_dimension_id);
CREATE TABLE IF NOT EXISTS target_period (
  target_period_id INTEGER PRIMARY KEY,
  target_group_id INTEGER NOT NULL REFERENCES target_group (target_group_id) ON DELETE CASCADE,
  period_number INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS target_period_group ON target_period (target_group_id, period_number);
CREATE TABLE IF NOT EXISTS target_assignment_info (
  target_assignment_info_id INTEGER PRIMARY KEY,
  target_group_id INTEGER NOT NULL REFERENCES target_group (target_group_id) ON DELETE CASCADE,
  associate_id INTEGER,
  contact_id INTEGER,
  usergroup_id INTEGER,
  currency_id INTEGER,
  locked INTEGER NOT NULL DEFAULT 0,
  target_dimension_item_id INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS target_assignment_group ON target_assignment_info (target_group_id);
CREATE TABLE IF NOT EXISTS target_assignment_value (
  target_assignment_value_id INTEGER PRIMARY KEY,
  target_assignment_info_id INTEGER NOT NULL
    REFERENCES target_assignment_info (target_assignment_info_id) ON DELETE CASCADE,
  target_period_id INTEGER NOT NULL REFERENCES target_period (target_period_id) ON DELETE CASCADE,
  target_value REAL NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS target_value_assignment ON target_assignment_value (target_assignment_info_id);
CREATE INDEX IF NOT EXISTS target_value_period
  ON target_assignment_value (target_period_id, target_assignment_info_id, target_value);
CREATE TABLE IF NOT EXISTS target_revision (
  target_revision_id INTEGER PRIMARY KEY,
  target_assignment_info_id INTEGER NOT NULL,
  target_group_id INTEGER NOT NULL,
  year INTEGER NOT NULL,
  log_event TEXT NOT NULL,
  associate_id INTEGER NOT NULL,
  registered TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS target_revision_assignment ON target_revision (target_assignment_info_id);
CREATE TABLE IF NOT EXISTS target_change (
  target_change_id INTEGER PRIMARY KEY,
  target_revision_id INTEGER NOT NULL REFERENCES target_revision (target_revision_id) ON DELETE CASCADE,
  field_identifier TEXT NOT NULL,
  value_from REAL,
  value_to REAL
);
CREATE INDEX IF NOT EXISTS target_change_revision ON target_change (target_revision_id);
`;
