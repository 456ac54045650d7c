import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from '../schemas/zod.ts';
import { callAgent, request, setUnauthorizedHandler } from './client.ts';
import { ApiError } from './ApiError.ts';
import { connectionStore } from '../session/connectionStore.ts';
import { defaultConnection } from '../session/connection.ts';

const goal = z.looseObject({ WorkflowGoalId: z.number(), GoalType: z.string() });

function respond(status: number, body: unknown) {
  return vi.fn(
    async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }),
  );
}

describe('the HTTP client', () => {
  beforeEach(() => {
    connectionStore.set({
      ...defaultConnection(),
      scheme: 'basic',
      userName: 'admin',
      password: 'admin',
      language: 'en',
      culture: 'nb',
      timeZone: 'Europe/Oslo',
      rememberInTab: false,
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends auth and locale headers and parses the response, keeping unknown properties', async () => {
    const fetchMock = respond(200, { WorkflowGoalId: 1, GoalType: 'LinkClicked', Extra: { x: 1 } });
    vi.stubGlobal('fetch', fetchMock);
    const data = await callAgent('Workflow', 'GetWorkflowGoal', {
      query: { workflowGoalId: 1 },
      schema: goal,
    });
    expect(data).toEqual({ WorkflowGoalId: 1, GoalType: 'LinkClicked', Extra: { x: 1 } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/Agents/Workflow/GetWorkflowGoal?workflowGoalId=1');
    const headers = init.headers as Record<string, string>;
    expect(headers.Authorization).toBe(`Basic ${btoa('admin:admin')}`);
    expect(headers['SO-Language']).toBe('en');
    expect(headers['SO-Culture']).toBe('nb');
    // SO-TimeZone takes a SuperOffice time zone code ("the timezone code", seed pages), not an
    // IANA name such as Europe/Oslo: Flowdesk sends none and shows the tenant's times as sent.
    expect(headers).not.toHaveProperty('SO-TimeZone');
  });

  it('turns a malformed response into a parse error naming the path', async () => {
    vi.stubGlobal('fetch', respond(200, { WorkflowGoalId: 'one', GoalType: 'X' }));
    const e = await request('/x', { schema: goal }).catch((err) => err);
    expect(e).toBeInstanceOf(ApiError);
    expect(e.kind).toBe('parse');
    expect(e.message).toMatch(/^WorkflowGoalId:/);
  });

  it('turns non-JSON into a parse error, and a dropped connection into a network error', async () => {
    vi.stubGlobal('fetch', respond(200, '<html>'));
    expect((await request('/x', { schema: goal }).catch((e) => e)).kind).toBe('parse');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const e = await request('/x', { method: 'GET', schema: goal }).catch((err) => err);
    expect(e.kind).toBe('network');
    // A load has no edits to keep, and the browser's "Failed to fetch" means nothing to a user.
    expect(e.userMessage).toBe(
      'Could not reach the server. Check your connection, then try again.',
    );
    const load = await callAgent('Workflow', 'GetWorkflowGoal', { schema: goal }).catch(
      (err) => err,
    );
    expect(load.userMessage).toBe(
      'Could not reach the server. Check your connection, then try again.',
    );
    const save = await callAgent('Workflow', 'SaveWorkflowGoal', { schema: goal }).catch(
      (err) => err,
    );
    expect(save.userMessage).toBe(
      'Could not reach the server. Check your connection and try again; your edits are kept.',
    );
  });

  it('does not claim nothing changed when a save is answered with unreadable data', async () => {
    vi.stubGlobal('fetch', respond(200, { Unexpected: true }));
    const load = await callAgent('Workflow', 'GetWorkflowGoal', { schema: goal }).catch(
      (err) => err,
    );
    expect(load.kind).toBe('parse');
    expect(load.userMessage).toMatch(
      /^The server sent data Flowdesk does not understand \(.+\)\. Try again; if it keeps happening, tell your administrator\.$/,
    );
    const save = await callAgent('Workflow', 'SaveWorkflowGoal', { schema: goal }).catch(
      (err) => err,
    );
    // The server may have stored it: "Nothing was changed" would invite a second save.
    expect(save.userMessage).not.toMatch(/Nothing was changed/);
    expect(save.userMessage).toMatch(/so the change may have gone through\. Reload to check/);
  });

  it('says when to try again after a 429 or 503 with Retry-After, for a load and a save', async () => {
    const busy = (status: number, retryAfter: string, body: unknown) =>
      vi.fn(
        async () =>
          new Response(typeof body === 'string' ? body : JSON.stringify(body), {
            status,
            headers: { 'Retry-After': retryAfter },
          }),
      );
    const limited = { Error: true, ErrorType: 'TooManyRequests', ErrorMessage: 'Rate limit' };
    vi.stubGlobal('fetch', busy(429, '30', limited));
    const load = await callAgent('Workflow', 'GetEmailFlow', { schema: goal }).catch((e) => e);
    expect(load.retryAfterMs).toBe(30_000);
    expect(load.userMessage).toBe(
      'The server is busy (429 Too Many Requests) and did nothing. Try again in 30 seconds.',
    );
    const save = await callAgent('Workflow', 'SaveWorkflowStepOption', { schema: goal }).catch(
      (e) => e,
    );
    expect(save.userMessage).toBe(
      'The server is busy (429 Too Many Requests) and saved nothing; your edits are kept. Try again in 30 seconds.',
    );
    const at = new Date(Date.now() + 3_600_000);
    vi.stubGlobal('fetch', busy(503, at.toUTCString(), '<html>Down for maintenance</html>'));
    const down = await callAgent('Workflow', 'GetEmailFlow', { schema: goal }).catch((e) => e);
    expect(down.userMessage).toBe(
      'A proxy between Flowdesk and the server answered 503 Service Unavailable instead of the server. Try again in about 60 minutes.',
    );
  });

  it('says a proxy answered a 502 or 504, and that a save may have gone through all the same', async () => {
    vi.stubGlobal('fetch', respond(504, '<html>Gateway Timeout</html>'));
    const load = await callAgent('Workflow', 'GetWorkflowGoal', { schema: goal }).catch(
      (err) => err,
    );
    expect(load.fromGateway).toBe(true);
    expect(load.userMessage).toBe(
      'A proxy between Flowdesk and the server answered 504 Gateway Timeout instead of the server. Try again in a moment.',
    );
    vi.stubGlobal('fetch', respond(502, '<html>Bad Gateway</html>'));
    const remove = await callAgent('Workflow', 'DeleteWorkflowGoal', { schema: goal }).catch(
      (err) => err,
    );
    expect(remove.userMessage).toBe(
      'A proxy between Flowdesk and the server answered 502 Bad Gateway instead of the server, so the change may or may not have gone through. Reload to check before trying again.',
    );
    // The server's own 500 is an answer.
    vi.stubGlobal(
      'fetch',
      respond(500, { Error: true, ErrorType: 'SoException', ErrorMessage: 'Boom' }),
    );
    const failed = await callAgent('Workflow', 'SaveWorkflowGoal', { schema: goal }).catch(
      (err) => err,
    );
    expect(failed.fromGateway).toBe(false);
    expect(failed.userMessage).toMatch(/^The server failed \(500\)/);
    // Whether a write may have gone through all the same: only when no real answer came.
    expect([load.outcomeUnknown, remove.outcomeUnknown, failed.outcomeUnknown]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it('maps error bodies to ApiError and reports 401 to the shell', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    vi.stubGlobal(
      'fetch',
      respond(400, {
        Error: true,
        ErrorType: 'SoValidationException',
        ErrorMessage: 'Name is too long',
        ErrorField: 'Name',
      }),
    );
    const e = await request('/x', { schema: goal }).catch((err) => err);
    expect(e).toMatchObject({
      status: 400,
      type: 'SoValidationException',
      field: 'Name',
      message: 'Name is too long',
    });
    vi.stubGlobal(
      'fetch',
      respond(401, { Error: true, ErrorType: 'SoAuthenticationException', ErrorMessage: 'no' }),
    );
    await request('/x', { schema: goal }).catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('accepts 204 with no body when no schema is expected', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    await expect(request('/x', { schema: null })).resolves.toBeUndefined();
  });
});
