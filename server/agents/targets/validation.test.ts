import { beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';
import {
  find,
  loadThisYear,
  lockedUser,
  unlockedUser,
  withAssignment,
  type Json,
  type Sandbox,
} from './testHelpers.ts';

let s: Sandbox;
let g: Json;
let free: Json;
let locked: Json;

beforeAll(async () => {
  s = await startTestSandbox();
  g = await loadThisYear(s);
  free = find(g, unlockedUser);
  locked = find(g, lockedUser);
});

const index = (a: Json) => (g.TargetAssignments as Json[]).indexOf(a);

async function expect400(user: string, body: Json, field: string | undefined, message?: RegExp) {
  const r = await s.call(user, 'Targets/SaveTargetGroup', body);
  expect(r.status).toBe(400);
  expect(r.body.ErrorType).toBe('SoValidationException');
  expect(r.body.ErrorField).toBe(field);
  if (message) expect(r.body.ErrorMessage).toMatch(message);
}

describe('SaveTargetGroup validation (400 naming the field)', () => {
  it('wrong number of Values for the PeriodType', async () => {
    await expect400(
      'admin',
      withAssignment(g, free.TargetAssignmentInfoId, (a) => ({ ...a, Values: [1, 2, 3] })),
      `TargetAssignments[${index(free)}].Values`,
      /12 values/,
    );
  });

  it('a PeriodType change must come with the matching number of Values', async () => {
    await expect400(
      'admin',
      { ...g, PeriodType: 'Quarter' },
      'TargetAssignments[0].Values',
      /4 values/,
    );
  });

  it('unknown enum name', async () => {
    await expect400('admin', { ...g, PeriodType: 'Fortnight' }, 'PeriodType', /not a known value/);
    await expect400('admin', { ...g, EntityType: 'Invoice' }, 'EntityType');
  });

  it('a string where a number goes', async () => {
    const values = [...free.Values];
    values[3] = '1000';
    await expect400(
      'admin',
      withAssignment(g, free.TargetAssignmentInfoId, (a) => ({ ...a, Values: values })),
      `TargetAssignments[${index(free)}].Values[3]`,
      /must be a number/,
    );
    await expect400('admin', { ...g, Year: String(g.Year) }, 'Year', /whole number/);
  });

  it('more or less than one owner per assignment', async () => {
    const i = index(free);
    await expect400(
      'admin',
      withAssignment(g, free.TargetAssignmentInfoId, (a) => ({
        ...a,
        TargetContact: { ContactId: 1 },
      })),
      `TargetAssignments[${i}]`,
      /exactly one owner/,
    );
    await expect400(
      'admin',
      withAssignment(g, free.TargetAssignmentInfoId, (a) => ({ ...a, TargetAssociate: null })),
      `TargetAssignments[${i}]`,
      /not 0/,
    );
    await expect400(
      'admin',
      withAssignment(g, free.TargetAssignmentInfoId, (a) => ({
        ...a,
        TargetAssociate: { AssociateId: 424242 },
      })),
      `TargetAssignments[${i}].TargetAssociate`,
      /does not exist/,
    );
  });

  it('a change to a locked row, even by an admin', async () => {
    const values = locked.Values.map((v: number) => v + 1);
    const body = withAssignment(g, locked.TargetAssignmentInfoId, (a) => ({
      ...a,
      Values: values,
    }));
    await expect400('planner', body, `TargetAssignments[${index(locked)}].Values`, /is locked/);
    await expect400('admin', body, `TargetAssignments[${index(locked)}].Values`, /is locked/);
  });

  it('lock or unlock without the lock right', async () => {
    await expect400(
      'planner',
      withAssignment(g, free.TargetAssignmentInfoId, (a) => ({ ...a, Locked: true })),
      `TargetAssignments[${index(free)}].Locked`,
      /may not lock/,
    );
    await expect400(
      'planner',
      withAssignment(g, locked.TargetAssignmentInfoId, (a) => ({ ...a, Locked: false })),
      `TargetAssignments[${index(locked)}].Locked`,
      /may not unlock/,
    );
  });

  it('Year, PeriodType or EntityType changed by a planner', async () => {
    await expect400('planner', { ...g, Year: g.Year + 3 }, 'Year', /administrator/);
    await expect400(
      'planner',
      { ...g, PeriodType: 'Quarter', TargetAssignments: undefined },
      'PeriodType',
      /administrator/,
    );
  });

  it('a row sent twice', async () => {
    // (A PeriodType change without the rows converts them: groupSettings.test.ts.)
    const rows = g.TargetAssignments as Json[];
    await expect400(
      'admin',
      { ...g, TargetAssignments: [...rows, { ...free, TargetAssociate: { AssociateId: 2 } }] },
      `TargetAssignments[${rows.length}].TargetAssignmentInfoId`,
      /repeats assignment/,
    );
  });

  it('removing a locked row', async () => {
    await expect400(
      'admin',
      { ...g, TargetAssignments: (g.TargetAssignments as Json[]).filter((a) => a !== locked) },
      'TargetAssignments',
      /Locked rows cannot be removed/,
    );
  });

  it('any write by the viewer', async () => {
    await expect400('viewer', g, undefined, /may view but not change/);
    expect(
      (await s.call('viewer', `Targets/DeleteTargetGroup?TargetGroupId=${g.TargetGroupId}`)).status,
    ).toBe(400);
    expect(
      (await s.call('viewer', 'Targets/SaveTargetDimension', { TargetDimensionId: 0 })).status,
    ).toBe(400);
  });

  it('an assignment id from another group, and a planner creating a group', async () => {
    await expect400(
      'admin',
      withAssignment(g, free.TargetAssignmentInfoId, (a) => ({ ...a, TargetAssignmentInfoId: 1 })),
      `TargetAssignments[${index(free)}].TargetAssignmentInfoId`,
    );
    await expect400('planner', { ...g, TargetGroupId: 0 }, 'TargetGroupId');
  });

  it('nothing was written by the refused saves', async () => {
    const again = await loadThisYear(s);
    expect(again.TargetAssignments).toEqual(g.TargetAssignments);
    expect(again.Year).toBe(g.Year);
  });
});
