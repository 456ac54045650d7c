import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';
import {
  find,
  loadThisYear,
  thisYear,
  unlockedUser,
  withAssignment,
  type Json,
} from './testHelpers.ts';

describe('Targets agent: groups', () => {
  it('serves the seeded groups: this year monthly, last year quarterly, company, 4 groups, 24 users', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    expect(g).toMatchObject({ Year: thisYear, EntityType: 'Sale', PeriodType: 'Month' });
    const rows = g.TargetAssignments as Json[];
    expect(rows.filter((a) => a.TargetContact)).toHaveLength(1);
    expect(rows.filter((a) => a.TargetUserGroup)).toHaveLength(4);
    expect(rows.filter((a) => a.TargetAssociate)).toHaveLength(24);
    expect(rows.every((a) => a.Values.length === 12)).toBe(true);
    expect(rows.some((a) => a.Locked)).toBe(true);
    expect(rows.find((a) => a.Currency?.Value === 'JPY')).toBeDefined();
    expect(g.TargetDimension).toMatchObject({
      MeasurementUnit: 'Amount',
      AssignmentLevel: 'Company, Group, Associate',
    });
    const last = await s.call('admin', 'Targets/GetTargetGroupForYear', {
      TargetYear: thisYear - 1,
    });
    expect(last.body).toMatchObject({ PeriodType: 'Quarter' });
    expect(last.body.TargetAssignments[0].Values).toHaveLength(4);
    const byId = await s.call('viewer', `Targets/GetTargetGroup?targetGroupId=${g.TargetGroupId}`);
    expect(byId.body.TargetAssignments).toHaveLength(29);
    const byDim = await s.call('admin', 'Targets/GetTargetGroupForYearAndDimension', {
      TargetYear: thisYear,
      DimensionId: g.TargetDimension.TargetDimensionId,
    });
    expect(byDim.body.TargetGroupId).toBe(g.TargetGroupId);
    const selected = await s.call(
      'admin',
      `Targets/GetTargetGroup?targetGroupId=${g.TargetGroupId}&$select=Year,PeriodType`,
    );
    expect(selected.body).toMatchObject({
      Year: thisYear,
      PeriodType: 'Month',
      TargetAssignments: null,
      TableRight: null,
    });
    const ids = await s.call('admin', 'Targets/GetTargetGroupIds', {
      TargetDimensionId: g.TargetDimension.TargetDimensionId,
    });
    expect(ids.body).toHaveLength(2);
  });

  it('answers 404 for unknown ids and years, 401 without credentials, 400 without a body', async () => {
    const s = await startTestSandbox();
    const missing = await s.call('admin', 'Targets/GetTargetGroup?targetGroupId=999');
    expect(missing).toMatchObject({ status: 404, body: { ErrorType: 'SoNotFoundException' } });
    expect(
      (await s.call('admin', 'Targets/GetTargetGroupForYear', { TargetYear: 1999 })).status,
    ).toBe(404);
    expect(
      (await s.call(null, 'Targets/GetTargetGroupForYear', { TargetYear: thisYear })).status,
    ).toBe(401);
    expect((await s.call('admin', 'Targets/SaveTargetGroup')).status).toBe(400);
    expect(
      (await s.call('admin', 'Targets/GetTargetRevisionHistory', { TargetAssignmentInfoId: 98765 }))
        .status,
    ).toBe(404);
  });

  it('creates a group from CreateDefaultTargetGroup, updates it and deletes it', async () => {
    const s = await startTestSandbox();
    const draft = (
      await s.call('admin', 'Targets/CreateDefaultTargetGroup', {
        Year: 2030,
        PeriodType: 'Quarter',
      })
    ).body as Json;
    expect(draft).toMatchObject({ TargetGroupId: 0, Year: 2030, PeriodType: 'Quarter' });
    expect(draft.TargetAssignments).toHaveLength(29);
    draft.TargetAssignments[0].Values = [1000, 2000, 3000, 4000];
    const created = await s.call('admin', 'Targets/SaveTargetGroup', draft);
    expect(created.status).toBe(200);
    const id = created.body.TargetGroupId as number;
    expect(id).toBeGreaterThan(0);
    expect(created.body.TargetAssignments[0]).toMatchObject({ Values: [1000, 2000, 3000, 4000] });
    expect(created.body.TargetAssignments.every((a: Json) => a.TargetAssignmentInfoId > 0)).toBe(
      true,
    );
    // Remove one user row and change another value.
    const body = {
      ...created.body,
      TargetAssignments: created.body.TargetAssignments.slice(0, -1),
    };
    body.TargetAssignments[1] = { ...body.TargetAssignments[1], Values: [5, 5, 5, 5.5] };
    const updated = await s.call('planner', 'Targets/SaveTargetGroup', body);
    expect(updated.status).toBe(200);
    expect(updated.body.TargetAssignments).toHaveLength(28);
    expect(updated.body.TargetAssignments[1].Values).toEqual([5, 5, 5, 5.5]);
    expect((await s.call('planner', `Targets/DeleteTargetGroup?TargetGroupId=${id}`)).status).toBe(
      400,
    );
    expect((await s.call('admin', `Targets/DeleteTargetGroup?TargetGroupId=${id}`)).status).toBe(
      204,
    );
    expect((await s.call('admin', `Targets/GetTargetGroup?targetGroupId=${id}`)).status).toBe(404);
  });

  it('lets an admin change the PeriodType when every row comes with the new number of values', async () => {
    const s = await startTestSandbox();
    const draft = (
      await s.call('admin', 'Targets/CreateDefaultTargetGroup', {
        Year: 2032,
        PeriodType: 'Quarter',
      })
    ).body as Json;
    const created = (await s.call('admin', 'Targets/SaveTargetGroup', draft)).body as Json;
    const monthly = {
      ...created,
      PeriodType: 'Month',
      TargetAssignments: created.TargetAssignments.map((a: Json, i: number) => ({
        ...a,
        Values: new Array(12).fill(i),
      })),
    };
    const r = await s.call('admin', 'Targets/SaveTargetGroup', monthly);
    expect(r.status).toBe(200);
    expect(r.body.PeriodType).toBe('Month');
    expect(r.body.TargetAssignments[3].Values).toEqual(new Array(12).fill(3));
    const again = await s.call(
      'admin',
      `Targets/GetTargetGroup?targetGroupId=${created.TargetGroupId}`,
    );
    expect(again.body.TargetAssignments[3].Values).toEqual(new Array(12).fill(3));
  });

  it('keeps saved values across a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-targets-'));
    const file = path.join(dir, 'db.sqlite');
    const first = await startTestSandbox(file);
    const g = await loadThisYear(first);
    const row = find(g, unlockedUser);
    const values = row.Values.map((_: number, i: number) => 1000 * (i + 1) + 0.25);
    const saved = await first.call(
      'planner',
      'Targets/SaveTargetGroup',
      withAssignment(g, row.TargetAssignmentInfoId, (a) => ({ ...a, Values: values })),
    );
    expect(saved.status).toBe(200);
    first.db.close();
    const second = await startTestSandbox(file);
    const again = await loadThisYear(second, 'planner');
    expect(
      find(again, (a) => a.TargetAssignmentInfoId === row.TargetAssignmentInfoId).Values,
    ).toEqual(values);
    // The answer to the save (built from the cache) is what a fresh process reads.
    expect(again.TargetAssignments).toEqual(saved.body.TargetAssignments);
    second.db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('provides CreateDefaultTargetAssignment… and GetTargetAssignmentForYear', async () => {
    const s = await startTestSandbox();
    const one = await s.call('admin', 'Targets/CreateDefaultTargetAssignment');
    expect(one.body).toMatchObject({
      TargetAssignmentInfoId: 0,
      Locked: false,
      TargetAssociate: null,
      TargetContact: null,
    });
    const company = await s.call('admin', 'Targets/CreateDefaultTargetAssignmentForCompany');
    expect(company.body.TargetContact.ContactId).toBe(1);
    const group = await s.call('admin', 'Targets/CreateDefaultTargetAssignmentForUserGroup', {
      UserGroupId: 2,
    });
    expect(group.body[0].TargetUserGroup.Id).toBe(2);
    expect(group.body.slice(1).every((a: Json) => a.TargetAssociate.GroupIdx === 2)).toBe(true);
    const dim = await s.call(
      'admin',
      'Targets/CreateDefaultTargetAssignmentForUserGroupWithYearAndDimension',
      { UserGroupId: 1, Year: thisYear - 1, TargetDimensionId: 1 },
    );
    expect(dim.body[0].Values).toHaveLength(4);
    const typed = await s.call(
      'admin',
      'Targets/CreateDefaultTargetAssignmentForUserGroupWithDimension',
      { UserGroupId: 1, TargetDimensionId: 2 },
    );
    expect(typed.body).toHaveLength(1); // "Sale type" is for company and group level only
    expect(
      (
        await s.call('admin', 'Targets/CreateDefaultTargetAssignmentForCompanyWithDimension', {
          TargetDimensionId: 1,
        })
      ).body,
    ).toHaveLength(1);
    expect(
      (
        await s.call(
          'admin',
          'Targets/CreateDefaultTargetAssignmentForCompanyWithYearAndDimension',
          { Year: thisYear, TargetDimensionId: 1 },
        )
      ).body[0].Values,
    ).toHaveLength(12);
    const mine = await s.call('admin', 'Targets/GetTargetAssignmentForYear', {
      TargetYear: thisYear,
      EntityType: 'Sale',
      TargetLevel: 'UserGroup',
      Id: 3,
    });
    expect(mine.body.TargetUserGroup.Id).toBe(3);
    expect(
      (
        await s.call('admin', 'Targets/GetTargetAssignmentForYearAndDimension', {
          TargetYear: thisYear,
          TargetLevel: 'Associate',
          Id: 10,
          DimensionId: 1,
        })
      ).body.TargetAssociate.AssociateId,
    ).toBe(10);
    expect(
      (
        await s.call('admin', 'Targets/GetTargetAssignmentForYear', {
          TargetYear: thisYear,
          TargetLevel: 'Global',
          Id: 1,
        })
      ).status,
    ).toBe(400);
  });

  it('serves the MDO lists', async () => {
    const s = await startTestSandbox();
    const get = async (name: string) =>
      (
        await s.app.request(`/api/v1/MDOList/${name}`, {
          headers: { Authorization: 'Basic ' + Buffer.from('viewer:viewer').toString('base64') },
        })
      ).json();
    expect((await get('targetperiodtype')).map((i: Json) => i.ExtraInfo)).toEqual([
      'Year',
      'HalfYear',
      'Quarter',
      'Month',
    ]);
    expect((await get('targetmeasurementunit')).map((i: Json) => i.ExtraInfo)).toEqual([
      'Amount',
      'Count',
      'Profit',
    ]);
    expect((await get('targetentitytype')).map((i: Json) => i.ExtraInfo)).toEqual(['Sale']);
    expect((await get('targettypes'))[0].Name).toBe('All sales – Amount');
  });
});
