import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { upstreamProxy } from './upstreamProxy.ts';
import { readConfig } from '../config.ts';

let upstream: http.Server;
let seen: { url?: string; headers?: http.IncomingHttpHeaders; body?: string } = {};

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen = { url: req.url, headers: req.headers, body };
      res.setHeader('Set-Cookie', [
        'SESSION=abc; Domain=platform.example.com; Path=/; HttpOnly',
        'Csrf-Token_fm=x%3D1; domain=.example.com; Path=/',
      ]);
      res.writeHead(200, { 'Content-Type': 'application/json', 'X-Upstream': 'yes' });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
});
afterAll(() => upstream.close());

describe('--upstream proxy', () => {
  it('forwards /api/v1 with path, query, body and auth headers to the tenant', async () => {
    const port = (upstream.address() as AddressInfo).port;
    const app = new Hono();
    app.all('/api/v1/*', upstreamProxy(`http://127.0.0.1:${port}/Cust12345/`, 'tenant'));
    const res = await app.request('/api/v1/Agents/Workflow/GetWorkflowGoal?workflowGoalId=3', {
      method: 'POST',
      headers: {
        Authorization: 'SOTICKET 7T:abc',
        'SO-AppToken': 'secret',
        'Content-Type': 'application/json',
      },
      body: '{"a":1}',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Upstream')).toBe('yes');
    expect(seen.url).toBe('/Cust12345/api/v1/Agents/Workflow/GetWorkflowGoal?workflowGoalId=3');
    expect(seen.headers?.authorization).toBe('SOTICKET 7T:abc');
    expect(seen.headers?.['so-apptoken']).toBe('secret');
    expect(seen.body).toBe('{"a":1}');
  });

  it('passes each cookie of a platform sign-in on, for this origin rather than the remote host', async () => {
    const port = (upstream.address() as AddressInfo).port;
    const app = new Hono();
    app.post('/api/login', upstreamProxy(`http://127.0.0.1:${port}`, 'platform'));
    const res = await app.request('/api/login', { method: 'POST', body: '{"email":"a"}' });
    expect(seen.url).toBe('/api/login');
    expect(res.headers.getSetCookie()).toEqual([
      'SESSION=abc; Path=/; HttpOnly',
      'Csrf-Token_fm=x%3D1; Path=/',
    ]);
  });

  it('sends each upstream only its own cookies: the platform its login and CSRF, the tenant the rest', async () => {
    const port = (upstream.address() as AddressInfo).port;
    const app = new Hono();
    app.all('/api/v1/*', upstreamProxy(`http://127.0.0.1:${port}/Cust12345`, 'tenant'));
    app.all('/api/workflow/*', upstreamProxy(`http://127.0.0.1:${port}`, 'platform'));
    const Cookie =
      'ASP.NET_SessionId=so1; AtmoAuthToken_acme=TokenID=t1; XSRF-TOKEN=x1; X-Csrf-Token_acme=TokenID%3Dc1';
    await app.request('/api/v1/User/currentPrincipal', { headers: { Cookie } });
    expect(seen.headers?.cookie).toBe('ASP.NET_SessionId=so1; XSRF-TOKEN=x1');
    await app.request('/api/workflow/definitions', { headers: { Cookie } });
    expect(seen.headers?.cookie).toBe(
      'AtmoAuthToken_acme=TokenID=t1; X-Csrf-Token_acme=TokenID%3Dc1',
    );
    await app.request('/api/workflow/definitions', { headers: { Cookie: 'XSRF-TOKEN=x1' } });
    expect(seen.headers?.cookie).toBeUndefined();
  });

  it('answers 502 with a readable error when the tenant cannot be reached', async () => {
    const app = new Hono();
    app.all('/api/v1/*', upstreamProxy('http://127.0.0.1:1', 'tenant'));
    const res = await app.request('/api/v1/MDOList/currency');
    expect(res.status).toBe(502);
    expect((await res.json()).ErrorType).toBe('UpstreamUnreachable');
  });

  it('reads --upstream and refuses a value that is not a URL', () => {
    expect(readConfig(['--upstream', 'https://x.example/Cust1'], {}).upstream).toBe(
      'https://x.example/Cust1',
    );
    expect(readConfig([], { PORT: '5000' }).port).toBe(5000);
    expect(() => readConfig(['--upstream', 'nope'], {})).toThrow(/needs a URL/);
  });

  it('reads --platform beside --upstream, and refuses it without a URL', () => {
    const c = readConfig(
      ['--upstream', 'https://x.example/Cust1', '--platform=https://api.example.com'],
      {},
    );
    expect([c.upstream, c.platform]).toEqual([
      'https://x.example/Cust1',
      'https://api.example.com',
    ]);
    expect(readConfig([], {}).platform).toBeNull();
    expect(() => readConfig(['--platform'], {})).toThrow(
      "--platform needs the Akana API platform's URL: --platform https://api.example.com",
    );
    expect(() => readConfig(['--platform', 'api.example.com'], {})).toThrow(
      '--platform needs a URL like https://api.example.com, got "api.example.com"',
    );
  });
});
