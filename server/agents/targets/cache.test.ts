import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';
import { invalidateGroup } from './load.ts';
import {
  find,
  loadThisYear,
  lockedUser,
  unlockedUser,
  withAssignment,
  type Json,
} from './testHelpers.ts';

/** Save answers and GETs come from caches; each must equal a fresh read from SQL. */
describe('Targets caches', () => {
  it('after a values-and-locks save, the cached rows equal a reload', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    const free = find(g, unlockedUser);
    const locked = find(g, lockedUser);
    let body = withAssignment(g, free.TargetAssignmentInfoId, (a) => ({
      ...a,
      Values: a.Values.map((v: number) => v + 0.5),
      Locked: true,
    }));
    body = withAssignment(body, locked.TargetAssignmentInfoId, (a) => ({ ...a, Locked: false }));
    const saved = await s.call('admin', 'Targets/SaveTargetGroup', body);
    expect(saved.status).toBe(200);
    const cached = await s.call('admin', `Targets/GetTargetGroup?targetGroupId=${g.TargetGroupId}`);
    invalidateGroup(s.db);
    const fresh = await s.call('admin', `Targets/GetTargetGroup?targetGroupId=${g.TargetGroupId}`);
    expect(cached.body).toEqual(fresh.body);
    expect(saved.body).toEqual(fresh.body);
    expect(
      find(fresh.body, (a) => a.TargetAssignmentInfoId === free.TargetAssignmentInfoId),
    ).toMatchObject({ Locked: true, Values: free.Values.map((v: number) => v + 0.5) });
  });

  it('after a structural save (currency change, new row), the answer equals a reload', async () => {
    const s = await startTestSandbox();
    const g = await loadThisYear(s);
    const group = find(g, (a) => a.TargetUserGroup !== null && !a.Locked);
    let body: Json = withAssignment(g, group.TargetAssignmentInfoId, (a) => ({
      ...a,
      Currency: { Id: 3 },
    }));
    body = {
      ...body,
      TargetAssignments: [
        ...body.TargetAssignments,
        {
          TargetAssignmentInfoId: 0,
          Values: new Array(12).fill(1),
          Locked: false,
          TargetAssociate: { AssociateId: 1 },
        },
      ],
    };
    const saved = await s.call('admin', 'Targets/SaveTargetGroup', body);
    expect(saved.status).toBe(200);
    invalidateGroup(s.db);
    const fresh = await s.call('admin', `Targets/GetTargetGroup?targetGroupId=${g.TargetGroupId}`);
    expect(saved.body).toEqual(fresh.body);
    expect(
      find(fresh.body, (a) => a.TargetAssignmentInfoId === group.TargetAssignmentInfoId).Currency
        .Value,
    ).toBe('SEK');
  });
});
