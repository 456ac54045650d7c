import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../../testing/sandbox.ts';

/** GetWorkflowFencingInfo (contract §3, WA:GetWorkflowFencingInfo): how many flows run, of how many. */
describe('Workflow: GetWorkflowFencingInfo', () => {
  it('answers the FencingInfo carrier, counting the running flows', async () => {
    const { call, db } = await startTestSandbox();
    const running = db.all<{ n: number }>(
      "SELECT COUNT(*) AS n FROM workflow WHERE status = 'Running'",
    )[0]!.n;
    const res = await call('admin', 'Workflow/GetWorkflowFencingInfo');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'ActiveCount',
        'HasReachedMaximum',
        'IsNearingMaximum',
        'Maximum',
        'WarningMessage',
        'WarningTooltip',
      ].sort(),
    );
    expect(res.body).toMatchObject({
      ActiveCount: running,
      HasReachedMaximum: false,
      IsNearingMaximum: false,
      WarningMessage: '',
      WarningTooltip: '',
    });
    expect(res.body.Maximum).toBeGreaterThan(running);
  });

  it('says when the limit is near, then reached', async () => {
    const { call, db } = await startTestSandbox();
    const runUntil = (n: number) => {
      db.run("UPDATE workflow SET status = 'Running'");
      const now = db.get<{ n: number }>('SELECT COUNT(*) AS n FROM workflow')!.n;
      for (let i = now; i < n; i++)
        db.run(
          "INSERT INTO workflow (name, status, created, updated) VALUES (?, 'Running', '2026-01-01T00:00:00', '2026-01-01T00:00:00')",
          [`Flow ${i}`],
        );
    };
    runUntil(16);
    const near = (await call('admin', 'Workflow/GetWorkflowFencingInfo')).body;
    expect(near).toMatchObject({
      ActiveCount: 16,
      IsNearingMaximum: true,
      HasReachedMaximum: false,
    });
    expect(near.WarningMessage).toBe('16 of at most 20 flows are running.');
    runUntil(20);
    const full = (await call('admin', 'Workflow/GetWorkflowFencingInfo')).body;
    expect(full).toMatchObject({
      ActiveCount: 20,
      IsNearingMaximum: false,
      HasReachedMaximum: true,
    });
    expect(full.WarningMessage).toContain('Stop or pause a flow before starting another.');
  });

  it('needs a signed-in user', async () => {
    const { call } = await startTestSandbox();
    expect((await call(null, 'Workflow/GetWorkflowFencingInfo')).status).toBe(401);
  });
});
