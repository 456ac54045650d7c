import { describe, expect, it } from 'vitest';
import { basic, startTestSandbox } from '../testing/sandbox.ts';
import { akanaLogin, definitionForm, startAkanaSandbox } from './testClient.ts';

describe('Akana login', () => {
  it('sets the httpOnly login cookie and a readable, URL-encoded CSRF cookie', async () => {
    const { app } = await startTestSandbox();
    const { res, setCookies } = await akanaLogin(app, 'admin');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ userName: 'admin', fedMemberId: 'flowdesk' });
    const auth = setCookies.find((c) => c.startsWith('AtmoAuthToken_flowdesk='))!;
    expect(auth).toMatch(/^AtmoAuthToken_flowdesk=TokenID=/);
    expect(auth).toContain('HttpOnly');
    const csrf = setCookies.find((c) => c.startsWith('X-Csrf-Token_flowdesk='))!;
    expect(csrf).toMatch(/^X-Csrf-Token_flowdesk=TokenID%3D[^;]+%2CexpirationTime%3D\d+;/);
    expect(csrf).not.toContain('HttpOnly');
  });

  it('refuses a wrong password and a body that is not JSON', async () => {
    const { app } = await startTestSandbox();
    const wrong = await app.request('/api/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@x', password: 'nope' }),
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ message: expect.any(String) });
    const junk = await app.request('/api/login', { method: 'POST', body: 'x' });
    expect(junk.status).toBe(400);
  });

  it('logout ends the platform session, given the CSRF header as any write', async () => {
    const s = await startAkanaSandbox();
    const refused = await s.app.request('/api/logout', {
      method: 'POST',
      headers: { Cookie: s.session.cookie },
    });
    expect(refused.status).toBe(401);
    const listed = await s.app.request('/api/workflow/definitions', {
      headers: { Cookie: s.session.cookie },
    });
    expect(listed.status).toBe(200);
    const out = await s.app.request('/api/logout', {
      method: 'POST',
      headers: { Cookie: s.session.cookie, ...s.session.csrf },
    });
    expect(out.status).toBe(200);
    const res = await s.app.request('/api/workflow/definitions', {
      headers: { Cookie: s.session.cookie },
    });
    expect(res.status).toBe(401);
  });
});

describe('Akana authentication of the definitions endpoints', () => {
  it('with "CSRF Support for Read Requests" on, needs the CSRF header to list too', async () => {
    const s = await startAkanaSandbox();
    const set = (readRequestCsrf: unknown) =>
      s.app.request('/api/sandbox/settings', {
        method: 'POST',
        headers: { Authorization: basic('admin'), 'Content-Type': 'application/json' },
        body: JSON.stringify({ readRequestCsrf }),
      });
    expect((await set('yes')).status).toBe(400);
    expect(await (await set(true)).json()).toMatchObject({ readRequestCsrf: true });
    const list = (headers: Record<string, string>) =>
      s.app.request('/api/workflow/definitions', { headers });
    const bare = await list({ Cookie: s.session.cookie });
    expect(bare.status).toBe(401);
    expect((await bare.json()).message).toMatch(/X-Csrf-Token_flowdesk/);
    expect((await list({ Cookie: s.session.cookie, ...s.session.csrf })).status).toBe(200);
    await set(false);
    expect((await list({ Cookie: s.session.cookie })).status).toBe(200);
  });

  it('needs the login cookie to list', async () => {
    const { app } = await startTestSandbox();
    const res = await app.request('/api/workflow/definitions');
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 401, message: expect.stringMatching(/login/i) });
  });

  it('needs the CSRF header, equal to the CSRF cookie, on writes', async () => {
    const s = await startAkanaSandbox();
    const noCookie = await s.upload(definitionForm(), { ...s.session.csrf });
    expect(noCookie.status).toBe(401);
    const noHeader = await s.upload(definitionForm(), { Cookie: s.session.cookie });
    expect(noHeader.status).toBe(401);
    expect((await noHeader.json()).message).toMatch(/X-Csrf-Token_flowdesk/);
    const forged = await s.upload(definitionForm(), {
      Cookie: s.session.cookie,
      'X-Csrf-Token_flowdesk': 'TokenID%3Dforged%2CexpirationTime%3D99999999999999',
    });
    expect(forged.status).toBe(401);
    const lostCookie = await s.upload(definitionForm(), {
      Cookie: s.session.cookie.replace(/X-Csrf-Token_flowdesk=[^;]+(; )?/, ''),
      ...s.session.csrf,
    });
    expect(lostCookie.status).toBe(401);
    const del = await s.app.request('/api/workflow/definitions/x', {
      method: 'DELETE',
      headers: { Cookie: s.session.cookie },
    });
    expect(del.status).toBe(401);
    const ok = await s.upload(definitionForm());
    expect(ok.status).toBe(200);
  });

  it('accepts the decoded form of the CSRF value too', async () => {
    const s = await startAkanaSandbox();
    const decoded = decodeURIComponent(s.session.csrf['X-Csrf-Token_flowdesk']);
    const res = await s.upload(definitionForm(), {
      Cookie: s.session.cookie,
      'X-Csrf-Token_flowdesk': decoded,
    });
    expect(res.status).toBe(200);
  });

  it('lets only admins write (403 for planner and viewer), but everyone read', async () => {
    for (const user of ['planner', 'viewer']) {
      const s = await startAkanaSandbox({}, user);
      const res = await s.upload(definitionForm());
      expect(res.status).toBe(403);
      expect((await s.list()).WorkflowDefinition.length).toBeGreaterThan(0);
      const key = (await s.list()).WorkflowDefinition[0].Key;
      const del = await s.app.request(`/api/workflow/definitions/${key}`, {
        method: 'DELETE',
        headers: { Cookie: s.session.cookie, ...s.session.csrf },
      });
      expect(del.status).toBe(403);
    }
  });
});
