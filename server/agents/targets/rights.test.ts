import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';
import { find, loadThisYear, lockedUser, unlockedUser } from './testHelpers.ts';

describe('Targets rights per user', () => {
  it('admin: FULL, fields editable, can lock', async () => {
    const g = await loadThisYear(await startTestSandbox(), 'admin');
    expect(g.TableRight.Mask).toBe('FULL');
    expect(g.FieldProperties.Year.FieldRight.Mask).toBe('Update');
    const row = find(g, unlockedUser);
    expect(row.TableRight.Mask).toBe('FULL');
    expect(row.FieldProperties.Locked.FieldRight.Mask).toBe('Update');
    expect(Object.keys(row.FieldProperties)).toEqual(['Values', 'Locked', 'Currency']);
    const locked = find(g, lockedUser);
    expect(locked.TableRight).toEqual({
      Mask: 'Select',
      Reason: 'This row is locked: unlock it to change its values',
    });
    expect(locked.FieldProperties.Locked.FieldRight.Mask).toBe('Update');
  });

  it('planner: Select, Update; Year/PeriodType/EntityType read-only; no lock right', async () => {
    const g = await loadThisYear(await startTestSandbox(), 'planner');
    expect(g.TableRight.Mask).toBe('Select, Update');
    for (const f of ['Year', 'PeriodType', 'EntityType']) {
      expect(g.FieldProperties[f].FieldRight).toEqual({
        Mask: 'Read, UIHintReadOnly',
        Reason: "Only a 'Targets administrator' may change this",
      });
    }
    const row = find(g, unlockedUser);
    expect(row.TableRight.Mask).toBe('Select, Update');
    expect(row.FieldProperties.Values.FieldRight.Mask).toBe('Update');
    expect(row.FieldProperties.Locked.FieldRight).toEqual({
      Mask: 'Read',
      Reason: "You do not have the right 'Can lock and unlock targets'",
    });
    expect(find(g, lockedUser).TableRight.Mask).toBe('Select');
  });

  it('viewer: everything Select / Read', async () => {
    const g = await loadThisYear(await startTestSandbox(), 'viewer');
    expect(g.TableRight.Mask).toBe('Select');
    const masks = new Set<string>();
    for (const a of g.TargetAssignments) {
      masks.add(a.TableRight.Mask);
      for (const f of Object.values(a.FieldProperties) as { FieldRight: { Mask: string } }[])
        masks.add(f.FieldRight.Mask);
    }
    expect([...masks].sort()).toEqual(['Read', 'Select']);
  });

  it('raw reason ids without a language', async () => {
    const s = await startTestSandbox();
    const r = await s.call(
      'planner',
      'Targets/GetTargetGroupForYear',
      { TargetYear: new Date().getFullYear() },
      { 'Accept-Language': '' },
    );
    expect(r.body.FieldProperties.Year.FieldRight.Reason).toBe('[SR_TARGETS_ADMIN_ONLY]');
  });

  it('target types: only an admin may change them; the default cannot be deleted', async () => {
    const s = await startTestSandbox();
    const draft = (await s.call('admin', 'Targets/CreateDefaultTargetDimension')).body;
    const saved = await s.call('admin', 'Targets/SaveTargetDimension', {
      ...draft,
      DimensionListLabel: 'Sale source',
      DimensionListField: 'sale.source',
      AssignmentLevel: 'Company, Group',
      SelectedDimensions: [1, 2],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      AssignmentLevel: 'Company, Group',
      SelectedDimensions: [1, 2],
    });
    const id = saved.body.TargetDimensionId;
    expect((await s.call('planner', 'Targets/SaveTargetDimension', saved.body)).status).toBe(400);
    expect(
      (
        await s.call('admin', 'Targets/SaveTargetDimension', {
          ...saved.body,
          MeasurementUnit: 'Count',
        })
      ).body.ErrorField,
    ).toBe('MeasurementUnit');
    expect(
      (
        await s.call('admin', 'Targets/SaveTargetDimension', {
          ...saved.body,
          AssignmentLevel: 'Company, Planet',
        })
      ).body.ErrorField,
    ).toBe('AssignmentLevel');
    const list = await s.call('viewer', 'Targets/GetTargetDimensionsForEntityType', {
      EntityType: 'Sale',
    });
    expect(list.body).toHaveLength(3);
    expect(
      (await s.call('admin', 'Targets/DeleteTargetDimension?TargetDimensionId=1')).status,
    ).toBe(400);
    expect(
      (await s.call('admin', `Targets/DeleteTargetDimension?TargetDimensionId=${id}`)).status,
    ).toBe(204);
    expect(
      (await s.call('admin', `Targets/GetTargetDimension?targetDimensionId=${id}`)).status,
    ).toBe(404);
  });
});
