import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openSandboxDatabase } from './db/openSandbox.ts';
import { SessionStore } from './auth/sessions.ts';
import { createServerApi, type Proxies } from './serverApi.ts';
import { basic } from './testing/sandbox.ts';

/** A stand-in tenant: answers every request with what it was asked, so a test sees what reached it. */
let tenant: http.Server;
let tenantUrl: string;

beforeAll(async () => {
  tenant = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ Tenant: true, Method: req.method, Url: req.url }));
  });
  await new Promise<void>((r) => tenant.listen(0, '127.0.0.1', r));
  tenantUrl = `http://127.0.0.1:${(tenant.address() as AddressInfo).port}/Cust12345`;
});
afterAll(() => tenant.close());

async function startServerApi(proxies: Proxies) {
  const { db } = await openSandboxDatabase(null);
  return createServerApi(proxies, {
    db,
    sessions: new SessionStore(db),
    options: { maxUploadBytes: 5 * 1024 * 1024, uploadDelayMs: 0, fedMemberId: 'flowdesk' },
  });
}

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('npm start -- --upstream (a real tenant)', () => {
  it('proxies /api/v1 to the tenant', async () => {
    const api = await startServerApi({ upstream: tenantUrl, platform: null });
    const res = await api.request('/api/v1/User/currentPrincipal', {
      headers: { Authorization: 'SOTICKET 7T:abc' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      Tenant: true,
      Method: 'GET',
      Url: '/Cust12345/api/v1/User/currentPrincipal',
    });
  });

  it('issues no sandbox tickets, tokens or sessions: the sandbox sign-in answers 404 as a tenant does', async () => {
    const api = await startServerApi({ upstream: tenantUrl, platform: null });
    const login = await api.request(
      '/api/sandbox/login',
      post({ UserName: 'admin', Password: 'admin' }),
    );
    expect(login.status).toBe(404);
    expect(login.headers.getSetCookie()).toEqual([]);
    expect(await login.json()).toMatchObject({ Error: true, ErrorType: 'SoNotFoundException' });
    // Signing out must not clear cookies a tenant on the same site may have set (XSRF-TOKEN).
    const logout = await api.request('/api/sandbox/logout', { method: 'POST' });
    expect(logout.status).toBe(404);
    expect(logout.headers.getSetCookie()).toEqual([]);
  });

  it('answers 404 to sandbox tools that act on the sandbox tenant, which the app no longer reads', async () => {
    const api = await startServerApi({ upstream: tenantUrl, platform: null });
    const admin = { Authorization: basic('admin') };
    const faults = await api.request(
      '/api/sandbox/faults',
      post({ PathContains: 'SaveWorkflowGoal', Kind: 'error500' }),
    );
    expect(faults.status).toBe(404);
    expect((await api.request('/api/sandbox/faults', { method: 'DELETE' })).status).toBe(404);
    const rewrites = await api.request(
      '/api/sandbox/rewrites',
      post({ PathContains: 'GetWorkflowGoal', TableRight: { Mask: 'None' } }),
    );
    expect(rewrites.status).toBe(404);
    expect((await api.request('/api/sandbox/rewrites', { method: 'DELETE' })).status).toBe(404);
    const largeGroup = await api.request(
      '/api/sandbox/targets/large-group',
      post({ Assignments: 1 }, admin),
    );
    expect(largeGroup.status).toBe(404);
    const restricted = await api.request(
      '/api/sandbox/targets/restricted-rows',
      post({ Associates: [] }, admin),
    );
    expect(restricted.status).toBe(404);
  });

  it('without --platform keeps the sandbox platform for the definitions page, and its settings', async () => {
    const api = await startServerApi({ upstream: tenantUrl, platform: null });
    const settings = await api.request(
      '/api/sandbox/settings',
      post({ uploadDelayMs: 0 }, { Authorization: basic('admin') }),
    );
    expect(settings.status).toBe(200);
    const login = await api.request('/api/login', post({ email: 'admin', password: 'admin' }));
    expect(login.status).toBe(200);
  });
});

describe('npm start -- --platform (a real Akana platform)', () => {
  it("answers 404 to the sandbox platform's settings, which no longer reach the platform in use", async () => {
    const api = await startServerApi({ upstream: null, platform: tenantUrl });
    const settings = await api.request(
      '/api/sandbox/settings',
      post({ uploadDelayMs: 0 }, { Authorization: basic('admin') }),
    );
    expect(settings.status).toBe(404);
  });
});

describe('npm start (the sandbox alone)', () => {
  it('keeps every sandbox-only endpoint', async () => {
    const api = await startServerApi({ upstream: null, platform: null });
    const login = await api.request(
      '/api/sandbox/login',
      post({ UserName: 'admin', Password: 'admin' }),
    );
    expect(login.status).toBe(200);
    expect((await api.request('/api/sandbox/faults', { method: 'DELETE' })).status).toBe(200);
    expect((await api.request('/api/sandbox/rewrites', { method: 'DELETE' })).status).toBe(200);
  });
});
