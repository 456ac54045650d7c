import { describe, expect, it } from 'vitest';
import { basic, startTestSandbox } from '../../testing/sandbox.ts';

async function post(s: Awaited<ReturnType<typeof startTestSandbox>>, user: string, body: unknown) {
  const res = await s.app.request('/api/sandbox/targets/large-group', {
    method: 'POST',
    headers: { Authorization: basic(user), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

describe('large benchmark group', () => {
  it('creates N users × 12 months once (idempotent), admin only, and loads the same group again from its cache', async () => {
    const s = await startTestSandbox();
    expect((await post(s, 'planner', { Year: 2031, Assignments: 10 })).status).toBe(403);
    expect((await post(s, 'admin', { Year: 2031, Assignments: 'many' })).body.ErrorField).toBe(
      'Assignments',
    );
    const first = await post(s, 'admin', { Year: 2031, Assignments: 10_000 });
    expect(first.body).toMatchObject({ Year: 2031, Assignments: 10_000, Created: true });
    const again = await post(s, 'admin', { Year: 2031, Assignments: 10_000 });
    expect(again.body).toMatchObject({
      TargetGroupId: first.body.TargetGroupId,
      Assignments: 10_000,
      Created: false,
    });

    const load = async () => ({
      r: await s.call(
        'planner',
        `Targets/GetTargetGroup?targetGroupId=${first.body.TargetGroupId}`,
      ),
    });
    const cold = await load();
    expect(cold.r.body.TargetAssignments).toHaveLength(10_005);
    expect(cold.r.body.TargetAssignments[10].Values).toHaveLength(12);
    // A second load (the server caches the group) gives the same group.
    const warm = await load();
    expect(warm.r.body).toEqual(cold.r.body);
    // Rights objects are identical for equal rows (interned on the server, so the JSON stays regular).
    const [a, b] = cold.r.body.TargetAssignments.filter(
      (x: { TargetAssociate: unknown; Locked: boolean }) => x.TargetAssociate && !x.Locked,
    );
    expect(a.FieldProperties).toEqual(b.FieldProperties);
  }, 60_000);

  it('is seeded at start when FLOWDESK_SEED_LARGE_TARGETS is set', async () => {
    const before = process.env.FLOWDESK_SEED_LARGE_TARGETS;
    process.env.FLOWDESK_SEED_LARGE_TARGETS = '40';
    try {
      const s = await startTestSandbox();
      const r = await s.call('admin', 'Targets/GetTargetGroupForYear', { TargetYear: 2031 });
      expect(
        r.body.TargetAssignments.filter((a: { TargetAssociate: unknown }) => a.TargetAssociate),
      ).toHaveLength(40);
    } finally {
      if (before === undefined) delete process.env.FLOWDESK_SEED_LARGE_TARGETS;
      else process.env.FLOWDESK_SEED_LARGE_TARGETS = before;
    }
  });
});
