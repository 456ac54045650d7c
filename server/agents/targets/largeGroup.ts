import type { Hono } from 'hono';
import type { SandboxDatabase } from '../../db/database.ts';
import { OWNER_CONTACT_ID } from '../../db/coreSeed.ts';
import { requireSuperOfficeUser } from '../../auth/authenticate.ts';
import { can } from '../../auth/users.ts';
import type { AppEnv } from '../../http/env.ts';
import { badRequest, forbidden } from '../../http/errors.ts';
import { insertGroup, seasonalValues, seededRandom, type NewRow } from './bulkInsert.ts';
import { defaultDimensionId } from './dimensions.ts';
import { findGroupRow, loadAssignments, loadGroupRow } from './load.ts';

/** Bench users get ids from here up, so they never collide with the demo people. */
const FIRST_BENCH_ASSOCIATE = 100_001;
export const MAX_LARGE_ASSIGNMENTS = 50_000;

export interface LargeGroupResult {
  TargetGroupId: number;
  Year: number;
  Assignments: number;
  Created: boolean;
}

/**
 * The benchmark's group: company, the 4 user groups and `assignments` users (created in bulk as
 * extra associates, spread over the groups) × 12 months, every 50th user locked. Idempotent: when
 * the year already has a group for the default dimension, that group is returned unchanged.
 */
export function createLargeGroup(
  db: SandboxDatabase,
  o: { year: number; assignments: number },
): LargeGroupResult {
  const dimensionId = defaultDimensionId(db);
  const existing = findGroupRow(db, o.year, dimensionId);
  if (existing) {
    const n = db.get<{ n: number }>(
      'SELECT COUNT(*) AS n FROM target_assignment_info WHERE target_group_id = ? AND associate_id IS NOT NULL',
      [existing.target_group_id],
    )!.n;
    return {
      TargetGroupId: existing.target_group_id,
      Year: o.year,
      Assignments: n,
      Created: false,
    };
  }
  const result = db.transaction(() => {
    const groups = db.all<{ id: number; currency: number }>(
      'SELECT usergroup_id AS id, CASE usergroup_id WHEN 2 THEN 2 WHEN 3 THEN 4 ELSE 1 END AS currency FROM usergroup ORDER BY rank',
    );
    const people = Array.from({ length: o.assignments }, (_, i) => {
      const n = String(i + 1).padStart(5, '0');
      return [
        FIRST_BENCH_ASSOCIATE + i,
        `BU${n}`,
        `Bench User ${n}`,
        `bench${n}`,
        0,
        i + 1,
        groups[i % groups.length].id,
      ];
    });
    db.runMany(
      'INSERT OR IGNORE INTO associate (associate_id, name, full_name, user_name, person_id, rank, group_idx) VALUES (?, ?, ?, ?, ?, ?, ?)',
      people,
    );
    const random = seededRandom(o.year);
    const rows: NewRow[] = [
      {
        contactId: OWNER_CONTACT_ID,
        currencyId: 1,
        locked: false,
        values: seasonalValues(1e9, 12, 100_000),
      },
    ];
    for (const g of groups)
      rows.push({
        usergroupId: g.id,
        currencyId: g.currency,
        locked: false,
        values: seasonalValues(2.5e8, 12, 10_000),
      });
    people.forEach((p, i) => {
      rows.push({
        associateId: p[0] as number,
        currencyId: null,
        locked: i % 50 === 49,
        values: seasonalValues(1e6 + Math.floor(random() * 2000) * 1000, 12, 1000),
      });
    });
    const { groupId } = insertGroup(db, { year: o.year, periodType: 'Month', dimensionId }, rows);
    return { TargetGroupId: groupId, Year: o.year, Assignments: o.assignments, Created: true };
  });
  // Warm the assignment cache now, so the benchmark's first load does not pay for the SQL.
  const created = loadGroupRow(db, result.TargetGroupId);
  if (created) loadAssignments(db, created);
  return result;
}

/** Groups at least this big are loaded into the cache right after start. */
const PREWARM_ROWS = 1000;

/**
 * Loads big groups into the assignment cache shortly after start (off the request path), so
 * the first load after a restart does not pay for the SQL. Best effort: errors are ignored
 * (e.g. a test closed its database first).
 */
function prewarmLargeGroups(db: SandboxDatabase): void {
  const timer = setTimeout(() => {
    try {
      const ids = db.all<{ id: number }>(
        'SELECT target_group_id AS id FROM target_assignment_info GROUP BY target_group_id HAVING COUNT(*) >= ?',
        [PREWARM_ROWS],
      );
      for (const { id } of ids) {
        const group = loadGroupRow(db, id);
        if (group) loadAssignments(db, group);
      }
    } catch {
      // The cache is an optimisation only.
    }
  }, 0);
  timer.unref?.();
}

/**
 * `POST /api/sandbox/targets/large-group {"Year": 2031, "Assignments": 10000}` (admin only),
 * `POST /api/sandbox/targets/restricted-rows {"Associates": ["Chloe Martin"], "Reason": "…"}`
 * (admin only; no Associates lifts it: see SandboxOptions.restrictedTargetRows), and the cache
 * prewarm of big groups.
 */
export function mountTargetsSandbox(app: Hono<AppEnv>, db: SandboxDatabase): void {
  prewarmLargeGroups(db);
  app.post('/api/sandbox/targets/large-group', requireSuperOfficeUser, async (c) => {
    if (!can(c.get('user'), 'targets.admin'))
      throw forbidden('Only a targets administrator may create the benchmark group');
    const text = await c.req.text();
    let body: Record<string, unknown>;
    try {
      body = text.trim() ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      throw badRequest('Request body is not valid JSON');
    }
    const year = body.Year ?? 2031;
    const assignments = body.Assignments ?? 10_000;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200)
      throw badRequest('Year must be a whole number between 1900 and 2200', 'Year');
    if (
      typeof assignments !== 'number' ||
      !Number.isInteger(assignments) ||
      assignments < 1 ||
      assignments > MAX_LARGE_ASSIGNMENTS
    ) {
      throw badRequest(
        `Assignments must be a whole number from 1 to ${MAX_LARGE_ASSIGNMENTS}`,
        'Assignments',
      );
    }
    return c.json(createLargeGroup(c.get('services').db, { year, assignments }));
  });
  app.post('/api/sandbox/targets/restricted-rows', requireSuperOfficeUser, async (c) => {
    if (!can(c.get('user'), 'targets.admin'))
      throw forbidden('Only a targets administrator may restrict target rows');
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const associates = body?.Associates ?? [];
    const reason = body?.Reason ?? 'Not your user group';
    if (!Array.isArray(associates) || !associates.every((a) => typeof a === 'string' && a))
      throw badRequest('Associates must be a list of full names', 'Associates');
    if (typeof reason !== 'string' || !reason.trim())
      throw badRequest('Reason must be a sentence', 'Reason');
    const { options } = c.get('services');
    options.restrictedTargetRows = associates.length ? { associates, reason } : undefined;
    return c.json({ Associates: associates, Reason: associates.length ? reason : null });
  });
}
