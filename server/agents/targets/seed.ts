import type { SandboxDatabase } from '../../db/database.ts';
import { OWNER_CONTACT_ID } from '../../db/coreSeed.ts';
import { insertGroup, seasonalValues, seededRandom, type NewRow } from './bulkInsert.ts';
import { createLargeGroup } from './largeGroup.ts';
import { recordRevisions, type PendingRevision } from './revisions.ts';

/** Group → currency and the size of a typical yearly target in it (JPY has no minor unit). */
const groupSetup: Record<number, { currencyId: number; base: number; unit: number }> = {
  1: { currencyId: 1, base: 3_000_000, unit: 1000 }, // NOK
  2: { currencyId: 2, base: 300_000, unit: 1000 }, // EUR
  3: { currencyId: 4, base: 450_000, unit: 1000 }, // USD
  4: { currencyId: 5, base: 40_000_000, unit: 10_000 }, // JPY
};

interface SeedOptions {
  year: number;
  periodType: string;
  growth: number;
  lockAll: boolean;
}

function seedGroup(db: SandboxDatabase, dimensionId: number, o: SeedOptions) {
  const random = seededRandom(o.year);
  const users = db.all<{ associate_id: number; group_idx: number }>(
    'SELECT associate_id, group_idx FROM associate WHERE group_idx > 0 AND deleted = 0 ORDER BY group_idx, full_name',
  );
  const count = { Month: 12, Quarter: 4 }[o.periodType] ?? 12;
  const rows: NewRow[] = [
    {
      contactId: OWNER_CONTACT_ID,
      currencyId: 1,
      locked: true,
      values: seasonalValues(42_000_000 * o.growth, count, 100_000),
    },
  ];
  for (const [gid, s] of Object.entries(groupSetup)) {
    const members = users.filter((u) => u.group_idx === Number(gid));
    rows.push({
      usergroupId: Number(gid),
      currencyId: s.currencyId,
      locked: o.lockAll || gid === '1',
      values: seasonalValues(s.base * members.length * 1.05 * o.growth, count, s.unit * 10),
    });
    members.forEach((m, i) => {
      const yearly = s.base * (0.7 + random() * 0.6) * o.growth;
      rows.push({
        associateId: m.associate_id,
        currencyId: null,
        locked: o.lockAll || (gid === '2' && i < 2),
        values: seasonalValues(yearly, count, s.unit),
      });
    });
  }
  const { groupId, ids } = insertGroup(
    db,
    { year: o.year, periodType: o.periodType, dimensionId },
    rows,
  );
  // History that makes the side panel worth opening: created by the admin, a few edits by the
  // planner, locks by the admin.
  const created = `${o.year}-01-05T09:00:00.000Z`;
  const edited = `${o.year}-01-20T14:30:00.000Z`;
  const locked = `${o.year}-02-01T08:15:00.000Z`;
  const editedLater = (r: NewRow, i: number) => i % 5 === 3 && !r.locked;
  const creates: PendingRevision[] = rows.map((r, i) => ({
    assignmentId: ids[i],
    event: 'Create',
    changes: r.values.map((v, j) => ({
      field: `Values[${j}]`,
      from: 0,
      to: j === 1 && editedLater(r, i) ? v - 1000 : v,
    })),
  }));
  recordRevisions(db, { id: groupId, year: o.year }, 1, created, creates);
  const edits: PendingRevision[] = rows.flatMap((r, i) =>
    editedLater(r, i)
      ? [
          {
            assignmentId: ids[i],
            event: 'Edit',
            changes: [{ field: 'Values[1]', from: r.values[1] - 1000, to: r.values[1] }],
          },
        ]
      : [],
  );
  recordRevisions(db, { id: groupId, year: o.year }, 2, edited, edits);
  const locks: PendingRevision[] = rows.flatMap((r, i) =>
    r.locked
      ? [{ assignmentId: ids[i], event: 'Lock', changes: [{ field: 'Locked', from: 0, to: 1 }] }]
      : [],
  );
  recordRevisions(db, { id: groupId, year: o.year }, 1, locked, locks);
}

/**
 * Demo data: target types "All sales – Amount" (default) and "Sale type – Count"; for last year
 * a quarterly group (all approved, so locked) and for this year a monthly group with the company
 * row, the "Sales Nordics" group row and two DACH users locked. Currencies per group incl. JPY.
 * With FLOWDESK_SEED_LARGE_TARGETS=N also the benchmark's large group (N users × 12 months, 2031).
 */
export function seedTargets(db: SandboxDatabase): void {
  const dimensionId = db.run(
    `INSERT INTO target_dimension (entity_type, assignment_level, measurement_unit, dimension_list_label, is_default)
     VALUES ('Sale', 7, 'Amount', 'All sales', 1)`,
  );
  db.run(
    `INSERT INTO target_dimension (entity_type, assignment_level, measurement_unit, dimension_list_field, dimension_list_name, dimension_list_label)
     VALUES ('Sale', 3, 'Count', 'sale.saletype', 'saletype', 'Sale type')`,
  );
  const year = new Date().getFullYear();
  seedGroup(db, dimensionId, { year: year - 1, periodType: 'Quarter', growth: 0.9, lockAll: true });
  seedGroup(db, dimensionId, { year, periodType: 'Month', growth: 1, lockAll: false });
  const large = Number(process.env.FLOWDESK_SEED_LARGE_TARGETS ?? 0);
  if (Number.isInteger(large) && large > 0)
    createLargeGroup(db, { year: 2031, assignments: large });
}
