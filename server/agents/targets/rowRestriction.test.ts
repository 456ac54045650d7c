import { describe, expect, it } from 'vitest';
import { basic, startTestSandbox } from '../../testing/sandbox.ts';
import { find, loadThisYear, withAssignment, type Json } from './testHelpers.ts';

const restrict = async (
  s: Awaited<ReturnType<typeof startTestSandbox>>,
  body: unknown,
  user = 'admin',
) =>
  s.app.request('/api/sandbox/targets/restricted-rows', {
    method: 'POST',
    headers: { Authorization: basic(user), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
const chloe = (a: Json) => a.TargetAssociate?.FullName === 'Chloe Martin';

describe('sandbox restricted target rows', () => {
  it('makes the named person’s row Select with read-only fields and the reason, for a planner only', async () => {
    const s = await startTestSandbox();
    expect(
      (await restrict(s, { Associates: ['Chloe Martin'], Reason: 'Not your user group' })).status,
    ).toBe(200);
    const row = find(await loadThisYear(s, 'planner'), chloe);
    expect(row.TableRight).toEqual({ Mask: 'Select', Reason: 'Not your user group' });
    expect(row.FieldProperties.Values.FieldRight).toEqual({
      Mask: 'Read',
      Reason: 'Not your user group',
    });
    // Other rows, and a targets administrator, are as before.
    const other = find(
      await loadThisYear(s, 'planner'),
      (a) => a.TargetAssociate?.FullName === 'Ella Sand',
    );
    expect(other.FieldProperties.Values.FieldRight.Mask).toBe('Update');
    expect(find(await loadThisYear(s, 'admin'), chloe).TableRight.Mask).toBe('FULL');
    // Lifted again.
    await restrict(s, { Associates: [] });
    expect(
      find(await loadThisYear(s, 'planner'), chloe).FieldProperties.Values.FieldRight.Mask,
    ).toBe('Update');
  });

  it('refuses a planner’s change to a restricted row, naming the row and the reason', async () => {
    const s = await startTestSandbox();
    await restrict(s, { Associates: ['Chloe Martin'], Reason: 'Not your user group' });
    const g = await loadThisYear(s, 'planner');
    const row = find(g, chloe);
    const changed = withAssignment(g, row.TargetAssignmentInfoId, (a) => ({
      ...a,
      Values: [(a.Values[0] as number) + 1, ...a.Values.slice(1)],
    }));
    const r = await s.call('planner', 'Targets/SaveTargetGroup', changed);
    expect(r.status).toBe(400);
    expect(r.body.ErrorMessage).toBe('Chloe Martin: Not your user group');
    // Saving the group unchanged is fine.
    expect((await s.call('planner', 'Targets/SaveTargetGroup', g)).status).toBe(200);
  });

  it('is for a targets administrator to set', async () => {
    const s = await startTestSandbox();
    expect((await restrict(s, { Associates: ['Chloe Martin'] }, 'planner')).status).toBe(403);
    expect((await restrict(s, { Associates: 'Chloe Martin' })).status).toBe(400);
  });
});
