import type { SandboxDatabase } from '../../db/database.ts';
import { periodCounts } from './enums.ts';
import { invalidateGroup, updatedStamp } from './load.ts';

export interface NewRow {
  associateId?: number;
  contactId?: number;
  usergroupId?: number;
  currencyId: number | null;
  locked: boolean;
  values: number[];
}

/**
 * Inserts a whole group in bulk (seed and the benchmark's large group): ids are allocated up
 * front so rows and values each go through one prepared statement. Returns the group id and the
 * new assignment ids in row order. Call inside a transaction.
 */
export function insertGroup(
  db: SandboxDatabase,
  group: { year: number; periodType: string; dimensionId: number | null },
  rows: readonly NewRow[],
): { groupId: number; ids: number[] } {
  const groupId = db.run(
    'INSERT INTO target_group (year, entity_type, period_type, target_dimension_id, updated) VALUES (?, ?, ?, ?, ?)',
    [group.year, 'Sale', group.periodType, group.dimensionId, updatedStamp()],
  );
  invalidateGroup(db, groupId);
  const count = periodCounts[group.periodType];
  db.runMany(
    'INSERT INTO target_period (target_group_id, period_number) VALUES (?, ?)',
    Array.from({ length: count }, (_, i) => [groupId, i + 1]),
  );
  const periodIds = db
    .all<{ id: number }>(
      'SELECT target_period_id AS id FROM target_period WHERE target_group_id = ? ORDER BY period_number',
      [groupId],
    )
    .map((r) => r.id);
  let next =
    (db.get<{ m: number | null }>(
      `SELECT MAX(m) AS m FROM (SELECT MAX(target_assignment_info_id) AS m FROM target_assignment_info
       UNION ALL SELECT MAX(target_assignment_info_id) FROM target_revision)`,
    )?.m ?? 0) + 1;
  const ids: number[] = [];
  const infoRows: (number | null)[][] = [];
  const valueRows: number[][] = [];
  for (const r of rows) {
    const id = next++;
    ids.push(id);
    infoRows.push([
      id,
      groupId,
      r.associateId ?? null,
      r.contactId ?? null,
      r.usergroupId ?? null,
      r.currencyId,
      r.locked ? 1 : 0,
    ]);
    r.values.forEach((v, i) => valueRows.push([id, periodIds[i], v]));
  }
  db.runMany(
    'INSERT INTO target_assignment_info (target_assignment_info_id, target_group_id, associate_id, contact_id, usergroup_id, currency_id, locked) VALUES (?, ?, ?, ?, ?, ?, ?)',
    infoRows,
  );
  db.runMany(
    'INSERT INTO target_assignment_value (target_assignment_info_id, target_period_id, target_value) VALUES (?, ?, ?)',
    valueRows,
  );
  return { groupId, ids };
}

/** A small deterministic PRNG (mulberry32) so seeded values are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Monthly shape of a sales year (percent per month, sums to 100): slow summer, strong Q4. */
export const SEASON = [7, 7, 9, 8, 9, 8, 5, 4, 9, 10, 11, 13];

/** A yearly amount spread over `count` periods with the season, each a round thousand (× unit). */
export function seasonalValues(yearly: number, count: number, unit: number): number[] {
  const months = SEASON.map((p) => Math.round((yearly * p) / 100 / unit) * unit);
  const size = 12 / count;
  return Array.from({ length: count }, (_, i) =>
    months.slice(i * size, (i + 1) * size).reduce((a, b) => a + b, 0),
  );
}
