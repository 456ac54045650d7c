import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { basic, startTestSandbox } from './testing/sandbox.ts';

describe('sandbox core', () => {
  it('answers health without credentials', async () => {
    const { app } = await startTestSandbox();
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('refuses /api/v1 without credentials with the SuperOffice error body', async () => {
    const { app } = await startTestSandbox();
    const res = await app.request('/api/v1/MDOList/currency');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ Error: true, ErrorType: 'SoAuthenticationException' });
  });

  it('accepts Basic for the demo users and refuses a wrong password', async () => {
    const { app } = await startTestSandbox();
    for (const u of ['admin', 'planner', 'viewer']) {
      const res = await app.request('/api/v1/User/currentPrincipal', {
        headers: { Authorization: basic(u) },
      });
      expect(res.status).toBe(200);
      expect((await res.json()).UserName).toBe(u);
    }
    const bad = await app.request('/api/v1/MDOList/currency', {
      headers: { Authorization: basic('admin', 'nope') },
    });
    expect(bad.status).toBe(401);
  });

  it('issues tickets, bearer tokens and a cookie session with XSRF', async () => {
    const { app } = await startTestSandbox();
    const login = await app.request('/api/sandbox/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ UserName: 'planner', Password: 'planner' }),
    });
    expect(login.status).toBe(200);
    const { Ticket, AccessToken } = await login.json();
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);
    const xsrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))!.split('=')[1];
    const who = (h: Record<string, string>) =>
      Promise.resolve(app.request('/api/v1/User/currentPrincipal', { headers: h })).then(
        (r) => r.status,
      );
    expect(await who({ Authorization: `SOTICKET ${Ticket}` })).toBe(200);
    expect(await who({ Authorization: `Bearer ${AccessToken}` })).toBe(200);
    expect(await who({ Cookie: cookies.join('; '), 'X-XSRF-TOKEN': xsrf })).toBe(200);
    expect(await who({ Cookie: cookies.join('; ') })).toBe(401);
    expect(await who({ Cookie: cookies.join('; '), 'X-XSRF-TOKEN': 'forged' })).toBe(401);
  });

  it('serves MDO lists and 404s an unknown one', async () => {
    const { app } = await startTestSandbox();
    const res = await app.request('/api/v1/MDOList/currency', {
      headers: { Authorization: basic('viewer') },
    });
    const items = await res.json();
    expect(items.map((i: { Name: string }) => i.Name)).toContain('EUR');
    const years = await (
      await app.request('/api/v1/MDOList/targetyear', {
        headers: { Authorization: basic('viewer') },
      })
    ).json();
    expect(years).toHaveLength(8);
    const missing = await app.request('/api/v1/MDOList/nosuchlist', {
      headers: { Authorization: basic('viewer') },
    });
    expect(missing.status).toBe(404);
  });

  it('keeps committed state across a restart', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-')), 'db.sqlite');
    const first = await startTestSandbox(file);
    first.db.transaction(() =>
      first.db.run("UPDATE usergroup SET name = 'Renamed' WHERE usergroup_id = 1"),
    );
    first.db.close();
    const second = await startTestSandbox(file);
    expect(
      second.db.get<{ name: string }>('SELECT name FROM usergroup WHERE usergroup_id = 1')?.name,
    ).toBe('Renamed');
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('rolls back a failed transaction and leaves the file as it was', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flowdesk-')), 'db.sqlite');
    const s = await startTestSandbox(file);
    const before = fs.readFileSync(file);
    expect(() =>
      s.db.transaction(() => {
        s.db.run("UPDATE usergroup SET name = 'Half' WHERE usergroup_id = 1");
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(
      s.db.get<{ name: string }>('SELECT name FROM usergroup WHERE usergroup_id = 1')?.name,
    ).toBe('Sales Nordics');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
