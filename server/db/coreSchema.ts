/** Tables shared by every agent, modelled on SuperOffice's own (associate, usergroup, contact, currency). */
export const coreSchema = `
CREATE TABLE IF NOT EXISTS associate (
  associate_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  full_name TEXT NOT NULL,
  user_name TEXT,
  person_id INTEGER NOT NULL DEFAULT 0,
  rank INTEGER NOT NULL DEFAULT 0,
  group_idx INTEGER NOT NULL DEFAULT 0,
  type TEXT NOT NULL DEFAULT 'InternalAssociate',
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS associate_group ON associate (group_idx);
CREATE TABLE IF NOT EXISTS usergroup (
  usergroup_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  tooltip TEXT NOT NULL DEFAULT '',
  rank INTEGER NOT NULL DEFAULT 0,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS contact (
  contact_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  department TEXT NOT NULL DEFAULT '',
  is_owner INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS currency (
  currency_id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  tooltip TEXT NOT NULL DEFAULT '',
  decimals INTEGER NOT NULL DEFAULT 2,
  is_default INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS sandbox_session (
  token TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  user_name TEXT NOT NULL,
  xsrf TEXT NOT NULL,
  created TEXT NOT NULL
);
`;
