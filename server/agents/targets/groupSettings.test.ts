import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';
import { convertPeriodValues, toMinor } from './periodConversion.ts';
import {
  find,
  loadThisYear,
  lockedUser,
  thisYear,
  unlockedUser,
  type Json,
  type Sandbox,
} from './testHelpers.ts';

const save = (s: Sandbox, user: string, body: Json) =>
  s.call(user, 'Targets/SaveTargetGroup', body);
const history = async (s: Sandbox, id: number) =>
  (await s.call('admin', 'Targets/GetTargetRevisionHistory', { TargetAssignmentInfoId: id })).body
    .Revisions as Json[];
/** A row's total in minor units (all seeded currencies: 2 decimals except JPY, whose values are whole). */
const total = (a: Json) => (a.Values as number[]).reduce((sum, v) => sum + toMinor(v, 2), 0);
const totalsById = (g: Json) =>
  new Map((g.TargetAssignments as Json[]).map((a) => [a.TargetAssignmentInfoId, total(a)]));

/** Whether a row is in yen (users inherit their group row's currency). */
function isYen(g: Json, a: Json): boolean {
  if (a.Currency) return a.Currency.Value === 'JPY';
  const groupRow = (g.TargetAssignments as Json[]).find(
    (b) => b.TargetUserGroup && b.TargetUserGroup.Id === a.TargetAssociate?.GroupIdx,
  );
  return groupRow?.Currency?.Value === 'JPY';
}

/** The group with every row carried over to `count` periods, as the app sends it (2 decimals). */
const converted = (g: Json, PeriodType: string, count: number): Json => ({
  ...g,
  PeriodType,
  TargetAssignments: (g.TargetAssignments as Json[]).map((a) => ({
    ...a,
    Values: convertPeriodValues(a.Values, count, isYen(g, a) ? 0 : 2),
  })),
});

describe('Targets group settings: Year, PeriodType, EntityType', () => {
  it('every GetTargetGroup* answer carries their rights: admin Update; planner and viewer Read with a reason', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    const lookups: [string, Json | undefined][] = [
      [`Targets/GetTargetGroup?targetGroupId=${g.TargetGroupId}`, undefined],
      ['Targets/GetTargetGroupForYear', { TargetYear: thisYear, EntityType: 'Sale' }],
      [
        'Targets/GetTargetGroupForYearAndDimension',
        { TargetYear: thisYear, DimensionId: g.TargetDimension.TargetDimensionId },
      ],
    ];
    const expected: Record<string, Json> = {
      admin: { Mask: 'Update', Reason: '' },
      planner: {
        Mask: 'Read, UIHintReadOnly',
        Reason: "Only a 'Targets administrator' may change this",
      },
      viewer: { Mask: 'Read', Reason: 'Your role may view but not change this' },
    };
    for (const [user, right] of Object.entries(expected)) {
      for (const [path, body] of lookups) {
        const r = await s.call(user, path, body);
        expect(r.status).toBe(200);
        for (const f of ['Year', 'PeriodType', 'EntityType'])
          expect(r.body.FieldProperties[f].FieldRight, `${user} ${path} ${f}`).toEqual(right);
      }
    }
  });

  it('an admin changes Month → Quarter: rows summed per quarter, locked rows too, yearly totals kept, history recorded', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    const before = totalsById(g);
    const locked = find(g, lockedUser);
    const r = await save(s, 'admin', converted(g, 'Quarter', 4));
    expect(r.status).toBe(200);
    expect(r.body.PeriodType).toBe('Quarter');
    expect(r.body.TargetAssignments.every((a: Json) => a.Values.length === 4)).toBe(true);
    expect(totalsById(r.body)).toEqual(before);
    const reloaded = await loadThisYear(s);
    expect(reloaded.TargetAssignments).toEqual(r.body.TargetAssignments);
    const lockedNow = find(
      reloaded,
      (a) => a.TargetAssignmentInfoId === locked.TargetAssignmentInfoId,
    );
    expect(lockedNow.Locked).toBe(true);
    expect(lockedNow.Values[0]).toBe(locked.Values[0] + locked.Values[1] + locked.Values[2]);

    const last = (await history(s, locked.TargetAssignmentInfoId)).at(-1)!;
    expect(last).toMatchObject({ LogEvent: 'Edit', Who: { FullName: 'Ada Admin' } });
    expect(last.Changes[0]).toEqual({
      FieldIdentifier: 'PeriodType',
      ValueChangeFrom: 4, // TargetPeriodType Month
      ValueChangeTo: 3, // Quarter
    });
    expect(last.Changes.slice(1)).toEqual(
      lockedNow.Values.map((v: number, j: number) => ({
        FieldIdentifier: `Values[${j}]`,
        ValueChangeFrom: null,
        ValueChangeTo: v,
      })),
    );
  });

  it('without TargetAssignments the sandbox converts the rows itself (split evenly, exact)', async () => {
    const s = await startTestSandbox();
    const last = (
      await s.call('admin', 'Targets/GetTargetGroupForYear', { TargetYear: thisYear - 1 })
    ).body as Json; // quarterly, every row locked
    const body = { ...last, PeriodType: 'Month', TargetAssignments: undefined };
    const r = await save(s, 'admin', body);
    expect(r.status).toBe(200);
    expect(r.body.PeriodType).toBe('Month');
    for (const a of r.body.TargetAssignments as Json[]) {
      const was = find(last, (b) => b.TargetAssignmentInfoId === a.TargetAssignmentInfoId);
      expect(a.Locked).toBe(true);
      expect(a.Values).toHaveLength(12);
      const d = isYen(last, a) ? 0 : 2;
      // Each quarter's months add up to the quarter, in the currency's smallest unit.
      for (let q = 0; q < 4; q++) {
        const months = a.Values.slice(q * 3, q * 3 + 3) as number[];
        expect(months.reduce((x, v) => x + toMinor(v, d), 0)).toBe(toMinor(was.Values[q], d));
        const minor = months.map((v) => toMinor(v, d));
        expect(Math.max(...minor) - Math.min(...minor)).toBeLessThanOrEqual(1);
      }
    }
    // The JPY group's users inherit 0 decimals: whole yen.
    const yen = (r.body.TargetAssignments as Json[]).filter((a) => isYen(r.body, a));
    expect(yen.filter((a) => a.TargetAssociate).length).toBeGreaterThan(0);
    for (const a of yen) expect(a.Values.every(Number.isInteger)).toBe(true);
  });

  it('a locked row may only be regrouped with the same totals; an open row may change freely', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    const body = converted(g, 'Quarter', 4);
    const rows = body.TargetAssignments as Json[];
    const li = rows.findIndex(lockedUser);
    const moved = [...rows];
    moved[li] = {
      ...rows[li],
      Values: [rows[li].Values[1], rows[li].Values[0], ...rows[li].Values.slice(2)],
    };
    const refused = await save(s, 'admin', { ...body, TargetAssignments: moved });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      ErrorType: 'SoValidationException',
      ErrorField: `TargetAssignments[${li}].Values`,
    });
    expect(refused.body.ErrorMessage).toMatch(/is locked: a PeriodType change may only regroup/);
    expect((await loadThisYear(s)).PeriodType).toBe('Month'); // nothing written

    const oi = rows.findIndex(unlockedUser);
    const free = [...rows];
    free[oi] = { ...rows[oi], Values: [1, 2, 3, 4] };
    const ok = await save(s, 'admin', { ...body, TargetAssignments: free });
    expect(ok.status).toBe(200);
    expect(ok.body.TargetAssignments[oi].Values).toEqual([1, 2, 3, 4]);
  });

  it('an admin moves the group to a free year; a year that has targets of the same type is refused', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    const taken = await save(s, 'admin', { ...g, Year: thisYear - 1 });
    expect(taken).toMatchObject({
      status: 400,
      body: { ErrorType: 'SoValidationException', ErrorField: 'Year' },
    });
    expect(taken.body.ErrorMessage).toBe(
      `“All sales” targets for ${thisYear - 1} already exist. Choose another year.`,
    );
    for (const Year of [1999, 2101]) {
      const r = await save(s, 'admin', { ...g, Year });
      expect(r.body).toMatchObject({
        ErrorField: 'Year',
        ErrorMessage: 'Year must be between 2000 and 2100.',
      });
    }

    const r = await save(s, 'admin', { ...g, Year: thisYear + 5 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      TargetGroupId: g.TargetGroupId,
      Year: thisYear + 5,
      PeriodType: 'Month',
    });
    expect(r.body.TargetAssignments).toEqual(g.TargetAssignments);
    expect(
      (await s.call('admin', 'Targets/GetTargetGroupForYear', { TargetYear: thisYear })).status,
    ).toBe(404);
    const moved = await s.call('viewer', 'Targets/GetTargetGroupForYear', {
      TargetYear: thisYear + 5,
    });
    expect(moved.body.TargetGroupId).toBe(g.TargetGroupId);
    const row = find(g, unlockedUser);
    const h = await s.call('admin', 'Targets/GetTargetRevisionHistory', {
      TargetAssignmentInfoId: row.TargetAssignmentInfoId,
    });
    expect(h.body.Year).toBe(thisYear + 5);
    expect(h.body.Revisions.at(-1)).toMatchObject({
      LogEvent: 'Edit',
      Changes: [
        { FieldIdentifier: 'Year', ValueChangeFrom: thisYear, ValueChangeTo: thisYear + 5 },
      ],
    });
    // Locked rows move with their group (the change is not to their values).
    expect(r.body.TargetAssignments.some((a: Json) => a.Locked)).toBe(true);

    // The old year is free again: a new group may be created there; not a second one.
    const draft = (await s.call('admin', 'Targets/CreateDefaultTargetGroup', { Year: thisYear }))
      .body;
    expect((await save(s, 'admin', draft)).status).toBe(200);
    const again = await save(s, 'admin', draft);
    expect(again.body).toMatchObject({ ErrorField: 'Year' });
  });

  it('a Year change without rows records it in every row’s history too', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    const r = await save(s, 'admin', { ...g, Year: 2090, TargetAssignments: undefined });
    expect(r.status).toBe(200);
    const row = g.TargetAssignments[0] as Json;
    expect((await history(s, row.TargetAssignmentInfoId)).at(-1)).toMatchObject({
      LogEvent: 'Edit',
      Changes: [{ FieldIdentifier: 'Year', ValueChangeFrom: thisYear, ValueChangeTo: 2090 }],
    });
  });

  it('groups of another target type do not block a year', async () => {
    const s = await startTestSandbox();
    const draft = (await s.call('admin', 'Targets/CreateDefaultTargetGroup', { Year: thisYear }))
      .body;
    const r = await save(s, 'admin', { ...draft, TargetDimension: { TargetDimensionId: 2 } });
    expect(r.status).toBe(200);
    expect(r.body.TargetDimension.TargetDimensionId).toBe(2);
  });

  it('the planner and the viewer may not change them (400 naming the field); EntityType must be Sale', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s, 'planner');
    for (const [field, change] of [
      ['Year', { Year: thisYear + 7 }],
      ['PeriodType', converted(g, 'Quarter', 4)],
      ['EntityType', { EntityType: 'None' }],
    ] as const) {
      const r = await save(s, 'planner', { ...g, ...change });
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({
        ErrorField: field,
        ErrorMessage: `Only a targets administrator may change ${field}`,
      });
    }
    const viewer = await save(s, 'viewer', { ...g, Year: thisYear + 7 });
    expect(viewer.status).toBe(400);
    expect(viewer.body.ErrorMessage).toMatch(/may view but not change/);

    const none = await save(s, 'admin', { ...g, EntityType: 'None' });
    expect(none.body).toMatchObject({
      ErrorField: 'EntityType',
      ErrorMessage: 'EntityType must be Sale (the only entity type targets have)',
    });
    const unchanged = await loadThisYear(s);
    expect(unchanged).toMatchObject({ Year: thisYear, PeriodType: 'Month', EntityType: 'Sale' });
  });
});
