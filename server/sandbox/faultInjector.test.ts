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

  it('busy answers the armed status with Retry-After, without carrying the request out', async () => {
    const { app, call } = await startTestSandbox();
    await arm(app, {
      PathContains: 'DeleteWorkflowGoal',
      Kind: 'busy',
      Status: 503,
      RetryAfter: 3,
    });
    const del = await app.request('/api/v1/Agents/Workflow/DeleteWorkflowGoal?WorkflowGoalId=2', {
      method: 'POST',
      headers: { Authorization: basic('admin') },
    });
    expect(del.status).toBe(503);
    expect(del.headers.get('Retry-After')).toBe('3');
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status).toBe(200);
    // 429 and 30 s unless told otherwise; only 429 or 503.
    await arm(app, { PathContains: 'currency', Kind: 'busy' });
    const busy = await app.request('/api/v1/MDOList/currency', {
      headers: { Authorization: basic('admin') },
    });
    expect(busy.status).toBe(429);
    expect(busy.headers.get('Retry-After')).toBe('30');
    expect((await arm(app, { PathContains: 'x', Kind: 'busy', Status: 500 })).status).toBe(400);
  });

  it('error500After carries the request out, then answers 500', async () => {
    const { app, call } = await startTestSandbox();
    await arm(app, { PathContains: 'DeleteWorkflowGoal', Kind: 'error500After' });
    const del = await app.request('/api/v1/Agents/Workflow/DeleteWorkflowGoal?WorkflowGoalId=2', {
      method: 'POST',
      headers: { Authorization: basic('admin') },
    });
    expect(del.status).toBe(500);
    expect((await del.json()).ErrorType).toBe('SoServerException');
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status).toBe(404);
  });

  it('dropAfter carries the request out on a new connection, then cuts it; a used one is cut first', async () => {
    const { app, call } = await startTestSandbox();
    const written: string[] = [];
    const socket = (name: string, cut: string[]) => ({
      incoming: {
        socket: {
          destroy: () => cut.push(name),
          write: (chunk: string) => written.push(`${name}:${chunk}`),
        },
      },
    });
    const cut: string[] = [];
    const used = socket('used', cut);
    await app.request(
      '/api/v1/MDOList/currency',
      { headers: { Authorization: basic('admin') } },
      used,
    );
    await arm(app, { PathContains: 'DeleteWorkflowGoal', Kind: 'dropAfter' });
    const del = (env: object) =>
      app.request(
        '/api/v1/Agents/Workflow/DeleteWorkflowGoal?WorkflowGoalId=2',
        { method: 'POST', headers: { Authorization: basic('admin') } },
        env,
      );
    // On a connection used before: cut without being carried out (the browser sends it again).
    await del(used);
    expect(cut).toEqual(['used']);
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status).toBe(200);
    // Other answers meanwhile close their connection, so the next request comes on a new one.
    const other = await app.request(
      '/api/v1/MDOList/currency',
      { headers: { Authorization: basic('admin') } },
      socket('other', cut),
    );
    expect(other.headers.get('Connection')).toBe('close');
    await del(socket('fresh', cut));
    expect(cut).toEqual(['used', 'fresh']);
    // The copy carried out is cut after a byte that is no answer (the browser does not resend
    // it); the one cut first is not (the browser is to send it again).
    expect(written).toEqual(['fresh:X']);
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status).toBe(404);
    // Once only: connections stay open again.
    const after = await app.request(
      '/api/v1/MDOList/currency',
      { headers: { Authorization: basic('admin') } },
      socket('after', cut),
    );
    expect(after.headers.get('Connection')).toBeNull();
  });

  it('matches the query too, so a method is told from a longer one', async () => {
    const { app, call } = await startTestSandbox();
    await arm(app, { PathContains: 'GetEmailFlow?', Kind: 'error500' });
    expect((await call('admin', 'Workflow/GetEmailFlowList')).status).toBe(200);
    expect((await call('admin', 'Workflow/GetEmailFlow?emailFlowId=2')).status).toBe(500);
  });

  it('slowAfter carries the request out at once and answers it later', async () => {
    const { app, call } = await startTestSandbox();
    await arm(app, { PathContains: 'DeleteWorkflowGoal', Kind: 'slowAfter', DelayMs: 1_000 });
    const start = Date.now();
    let answered = false;
    const del = Promise.resolve(
      app.request('/api/v1/Agents/Workflow/DeleteWorkflowGoal?WorkflowGoalId=2', {
        method: 'POST',
        headers: { Authorization: basic('admin') },
      }),
    ).finally(() => (answered = true));
    // Stored before its answer comes.
    await expect
      .poll(async () => (await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status)
      .toBe(404);
    expect(answered).toBe(false);
    expect((await del).ok).toBe(true);
    expect(Date.now() - start).toBeGreaterThanOrEqual(990);
  });

  it('hold keeps the request, not carried out, until released as usual or with a 500', async () => {
    const { app, call } = await startTestSandbox();
    const del = (id: number) =>
      app.request(`/api/v1/Agents/Workflow/DeleteWorkflowGoal?WorkflowGoalId=${id}`, {
        method: 'POST',
        headers: { Authorization: basic('admin') },
      });
    const releaseWith = (Then: string) =>
      app.request('/api/sandbox/faults/release', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ Then }),
      });
    await arm(app, { PathContains: 'DeleteWorkflowGoal', Kind: 'hold' });
    let answered = false;
    const first = Promise.resolve(del(2)).finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false);
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status).toBe(200);
    expect(await (await releaseWith('asUsual')).json()).toEqual({ Released: 1 });
    expect((await first).ok).toBe(true);
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status).toBe(404);

    await arm(app, { PathContains: 'DeleteWorkflowGoal', Kind: 'hold' });
    const second = del(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await releaseWith('error500');
    expect((await second).status).toBe(500);
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=1')).status).toBe(200);
    expect((await releaseWith('explode')).status).toBe(400);
  });

  it('hold reads the body in whole first, so a request whose page went away meanwhile is still carried out', async () => {
    const { app, call } = await startTestSandbox();
    await arm(app, { PathContains: 'DeleteWorkflowGoal', Kind: 'hold' });
    // The body comes as the browser sends it; once the page is gone (reloaded), reading it fails.
    let pageGone = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pageGone) {
            controller.error(new Error('The connection was closed'));
            return;
          }
          controller.enqueue(new TextEncoder().encode(JSON.stringify({ WorkflowGoalId: 2 })));
          controller.close();
        },
        // Nothing is read before someone asks for it.
      },
      { highWaterMark: 0 },
    );
    const held = app.request(
      new Request('http://sandbox/api/v1/Agents/Workflow/DeleteWorkflowGoal', {
        method: 'POST',
        headers: { Authorization: basic('admin'), 'Content-Type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    pageGone = true;
    await app.request('/api/sandbox/faults/release', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Then: 'asUsual' }),
    });
    expect((await held).ok).toBe(true);
    expect((await call('admin', 'Workflow/GetWorkflowGoal?WorkflowGoalId=2')).status).toBe(404);
  });

  it('notFoundPage answers a web server 404 page, the sandbox sign-in too, as a tenant would', async () => {
    const { app } = await startTestSandbox();
    await arm(app, { PathContains: '/api/sandbox/login', Kind: 'notFoundPage' });
    const login = () =>
      app.request('/api/sandbox/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ UserName: 'admin', Password: 'admin' }),
      });
    const refused = await login();
    expect(refused.status).toBe(404);
    expect(refused.headers.get('Content-Type')).toBe('text/html');
    expect(await refused.text()).toContain('Not Found');
    expect((await login()).status).toBe(200);
  });
});
