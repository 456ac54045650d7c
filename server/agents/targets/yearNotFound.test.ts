import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';

/** A year without a group is a 404 whose message says which year (and dimension) has none. */
describe('Targets: a year without a group', () => {
  it('GetTargetGroupForYear says the year has no group', async () => {
    const { call } = await startTestSandbox();
    const res = await call('admin', 'Targets/GetTargetGroupForYear', { TargetYear: 1999 });
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({
      Error: true,
      ErrorType: 'SoNotFoundException',
      ErrorMessage: 'No TargetGroup for year 1999',
    });
  });

  it('GetTargetGroupForYearAndDimension names the dimension too', async () => {
    const { call } = await startTestSandbox();
    const res = await call('admin', 'Targets/GetTargetGroupForYearAndDimension', {
      TargetYear: 1999,
      DimensionId: 1,
    });
    expect(res.status).toBe(404);
    expect(res.body.ErrorMessage).toBe('No TargetGroup for year 1999 and dimension 1');
  });

  it('GetTargetAssignmentForYear says the year has no group', async () => {
    const { call } = await startTestSandbox();
    const res = await call('admin', 'Targets/GetTargetAssignmentForYear', {
      TargetYear: 1999,
      EntityType: 'Sale',
      TargetLevel: 'Company',
      Id: 1,
    });
    expect(res.status).toBe(404);
    expect(res.body.ErrorMessage).toBe('No TargetGroup for year 1999');
  });
});
