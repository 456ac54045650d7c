import { describe, expect, it } from 'vitest';
import { basic, startTestSandbox } from '../testing/sandbox.ts';

const arm = (app: Awaited<ReturnType<typeof startTestSandbox>>['app'], body: unknown) =>
  app.request('/api/sandbox/faults', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('sandbox fault injection', () => {
  it('fails the next matching request as armed, then behaves again', async () => {
    const { app } = await startTestSandbox();
    expect(
      (await arm(app, { PathContains: 'MDOList/currency', Kind: 'error500', Times: 2 })).status,
    ).toBe(200);
    const get = () =>
      app.request('/api/v1/MDOList/currency', { headers: { Authorization: basic('admin') } });
    expect((await get()).status).toBe(500);
    expect((await get()).status).toBe(500);
    expect((await get()).status).toBe(200);
  });

  it('sends malformed data with status 200, and 401 on request', async () => {
    const { app } = await startTestSandbox();
    await arm(app, { PathContains: 'currency', Kind: 'malformed' });
    const res = await app.request('/api/v1/MDOList/currency', {
      headers: { Authorization: basic('admin') },
    });
    expect(res.status).toBe(200);
    expect(Array.isArray(await res.json())).toBe(false);
    await arm(app, { PathContains: 'currency', Kind: 'unauthorized' });
    expect(
      (
        await app.request('/api/v1/MDOList/currency', {
          headers: { Authorization: basic('admin') },
        })
      ).status,
    ).toBe(401);
  });

  it('answers a slow request as usual, only later', async () => {
    const { app } = await startTestSandbox();
    await arm(app, { PathContains: 'currency', Kind: 'slow', DelayMs: 150 });
    const start = Date.now();
    const res = await app.request('/api/v1/MDOList/currency', {
      headers: { Authorization: basic('admin') },
    });
    expect(Date.now() - start).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
    expect(Array.isArray(await res.json())).toBe(true);
  });

  it('refuses an unknown kind and clears on DELETE', async () => {
    const { app } = await startTestSandbox();
    expect((await arm(app, { PathContains: 'x', Kind: 'explode' })).status).toBe(400);
    await arm(app, { PathContains: 'currency', Kind: 'error500' });
    await app.request('/api/sandbox/faults', { method: 'DELETE' });
    expect(
      (
        await app.request('/api/v1/MDOList/currency', {
          headers: { Authorization: basic('admin') },
        })
      ).status,
    ).toBe(200);
  });

  it('notFound answers 404 without carrying the request out, as Akana does for a wrong Accept', async () => {
    const { app, call } = await startTestSandbox();
    await arm(app, { PathContains: 'DeleteWorkflowGoal', Kind: 'notFound' });
    const del = await app.request('/api/v1/Agents/Workflow/DeleteWorkflowGoal?WorkflowGoalId=2', {
      method: 'POST',
      headers: { Authorization: basic('admin') },
    });
    expect(del.status).toBe(404);
    expect((await del.json()).ErrorType).toBe('SoNotFoundException');
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status).toBe(200);
  });

  it('gatewayTimeout carries the request out, then answers as a proxy that gave up (504)', async () => {
    const { app, call } = await startTestSandbox();
    await arm(app, { PathContains: 'DeleteWorkflowGoal', Kind: 'gatewayTimeout' });
    const del = await app.request('/api/v1/Agents/Workflow/DeleteWorkflowGoal?WorkflowGoalId=2', {
      method: 'POST',
      headers: { Authorization: basic('admin') },
    });
    expect(del.status).toBe(504);
    expect(del.headers.get('Content-Type')).toBe('text/html');
    expect(await del.text()).toContain('504 Gateway Time-out');
    // The delete happened all the same: only its answer was lost.
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status).toBe(404);
    // Once only.
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=1')).status).toBe(200);
  });

  it('emptyTargetGroup answers 200 with a TargetGroup whose TargetGroupId is 0', async () => {
    const { app } = await startTestSandbox();
    await arm(app, { PathContains: 'GetTargetGroupForYear', Kind: 'emptyTargetGroup' });
    const res = await app.request('/api/v1/Agents/Targets/GetTargetGroupForYear', {
      method: 'POST',
      headers: { Authorization: basic('admin'), 'Content-Type': 'application/json' },
      body: JSON.stringify({ TargetYear: new Date().getFullYear(), EntityType: 'Sale' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ TargetGroupId: 0, TargetAssignments: [] });
  });

  it('hiddenRecord answers the real record with its TableRight set to None', async () => {
    const { app, call } = await startTestSandbox();
    await arm(app, { PathContains: 'GetWorkflowGoal', Kind: 'hiddenRecord' });
    const get = () => call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=1');
    const hidden = await get();
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({
      WorkflowGoalId: 1,
      TableRight: { Mask: 'None', Reason: 'Your role may not see this record' },
    });
    expect((await get()).body.TableRight.Mask).not.toBe('None');
  });
});
