import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';
import { find, loadThisYear, unlockedUser, withAssignment, type Json } from './testHelpers.ts';

const save = (s: Awaited<ReturnType<typeof startTestSandbox>>, user: string, body: Json) =>
  s.call(user, 'Targets/SaveTargetGroup', body);

describe('Targets revision history', () => {
  it('records value changes per period, lock and unlock, who and when, oldest first', async () => {
    const s = await startTestSandbox();
    let g = await loadThisYear(s);
    const row = find(g, unlockedUser);
    const id = row.TargetAssignmentInfoId as number;
    const before = (
      await s.call('viewer', 'Targets/GetTargetRevisionHistory', { TargetAssignmentInfoId: id })
    ).body;
    const seeded = before.Revisions.length as number;
    expect(before.Revisions[0]).toMatchObject({
      LogEvent: 'Create',
      Who: { FullName: 'Ada Admin' },
    });

    const values = [...row.Values];
    values[3] += 5000;
    values[7] = 0;
    let r = await save(
      s,
      'planner',
      withAssignment(g, id, (a) => ({ ...a, Values: values })),
    );
    expect(r.status).toBe(200);
    g = r.body;
    r = await save(
      s,
      'admin',
      withAssignment(g, id, (a) => ({ ...a, Locked: true })),
    );
    expect(r.status).toBe(200);
    g = r.body;
    // Unlock and edit in one save: Unlock comes before the Edit.
    r = await save(
      s,
      'admin',
      withAssignment(g, id, (a) => ({
        ...a,
        Locked: false,
        Values: a.Values.map((v: number) => v + 1),
      })),
    );
    expect(r.status).toBe(200);

    const h = (
      await s.call('viewer', 'Targets/GetTargetRevisionHistory', { TargetAssignmentInfoId: id })
    ).body;
    expect(h).toMatchObject({ TargetGroupId: g.TargetGroupId, Year: g.Year });
    const mine = h.Revisions.slice(seeded) as Json[];
    expect(mine.map((x) => x.LogEvent)).toEqual(['Edit', 'Lock', 'Unlock', 'Edit']);
    expect(mine[0].Who).toMatchObject({ AssociateId: 2, FullName: 'Paul Planner' });
    expect(mine[0].Changes).toEqual([
      {
        FieldIdentifier: 'Values[3]',
        ValueChangeFrom: row.Values[3],
        ValueChangeTo: row.Values[3] + 5000,
      },
      { FieldIdentifier: 'Values[7]', ValueChangeFrom: row.Values[7], ValueChangeTo: 0 },
    ]);
    expect(mine[1].Changes).toEqual([
      { FieldIdentifier: 'Locked', ValueChangeFrom: 0, ValueChangeTo: 1 },
    ]);
    expect(mine[3].Changes).toHaveLength(12);
    expect(Date.parse(mine[0].When)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records nothing for a save without changes, and Create for new rows', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    const row = find(g, unlockedUser);
    const count = async () =>
      (
        await s.call('admin', 'Targets/GetTargetRevisionHistory', {
          TargetAssignmentInfoId: row.TargetAssignmentInfoId,
        })
      ).body.Revisions.length;
    const n = await count();
    expect((await save(s, 'planner', g)).status).toBe(200);
    expect(await count()).toBe(n);

    const draft = (await s.call('admin', 'Targets/CreateDefaultTargetGroup', { Year: 2029 })).body;
    draft.TargetAssignments[0].Values[0] = 100;
    const created = (await save(s, 'admin', draft)).body;
    const h = await s.call('admin', 'Targets/GetTargetRevisionHistory', {
      TargetAssignmentInfoId: created.TargetAssignments[0].TargetAssignmentInfoId,
    });
    expect(h.body.Revisions).toHaveLength(1);
    expect(h.body.Revisions[0]).toMatchObject({
      LogEvent: 'Create',
      Changes: [{ FieldIdentifier: 'Values[0]', ValueChangeFrom: 0, ValueChangeTo: 100 }],
    });
  });

  it('keeps history after the group is deleted', async () => {
    const s = await startTestSandbox();
    const draft = (await s.call('admin', 'Targets/CreateDefaultTargetGroup', { Year: 2028 })).body;
    const created = (await save(s, 'admin', draft)).body;
    const id = created.TargetAssignments[0].TargetAssignmentInfoId;
    expect(
      (await s.call('admin', `Targets/DeleteTargetGroup?TargetGroupId=${created.TargetGroupId}`))
        .status,
    ).toBe(204);
    const h = await s.call('admin', 'Targets/GetTargetRevisionHistory', {
      TargetAssignmentInfoId: id,
    });
    expect(h.body.Revisions.map((r: Json) => r.LogEvent)).toEqual(['Create', 'Delete']);
    expect(h.body.TargetGroupId).toBe(created.TargetGroupId);
  });

  it('has CreateDefault methods for revisions', async () => {
    const s = await startTestSandbox();
    expect((await s.call('admin', 'Targets/CreateDefaultTargetRevision')).body).toMatchObject({
      LogEvent: 'None',
      Changes: [],
    });
    expect(
      (await s.call('admin', 'Targets/CreateDefaultTargetRevisionHistory')).body,
    ).toMatchObject({ TargetGroupId: 0, Revisions: [] });
  });
});
