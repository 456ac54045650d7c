import { describe, expect, it } from 'vitest';
import { basic } from '../testing/sandbox.ts';
import { definitionForm, startAkanaSandbox } from './testClient.ts';

describe('slowed uploads (uploadDelayMs)', () => {
  it('takes at least uploadDelayMs to answer', async () => {
    const s = await startAkanaSandbox({ uploadDelayMs: 300 });
    const t0 = Date.now();
    expect((await s.upload(definitionForm())).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(280);
  });

  it('stores nothing when the client aborts the upload', async () => {
    const s = await startAkanaSandbox({ uploadDelayMs: 400 });
    const before = (await s.list()).WorkflowDefinition.length;
    const controller = new AbortController();
    const pending = s.upload(definitionForm(), undefined, controller.signal);
    setTimeout(() => controller.abort(), 100);
    await Promise.resolve(pending).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 500));
    expect((await s.list()).WorkflowDefinition).toHaveLength(before);
  });

  it('POST /api/sandbox/settings changes the delay (admin only)', async () => {
    const s = await startAkanaSandbox();
    const set = (user: string, body: unknown) =>
      s.app.request('/api/sandbox/settings', {
        method: 'POST',
        headers: { Authorization: basic(user), 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await set('viewer', { uploadDelayMs: 10 })).status).toBe(403);
    expect((await set('admin', { uploadDelayMs: -1 })).status).toBe(400);
    const ok = await set('admin', { uploadDelayMs: 250 });
    expect(await ok.json()).toEqual({
      uploadDelayMs: 250,
      maxUploadBytes: 5 * 1024 * 1024,
      readRequestCsrf: false,
    });
    const t0 = Date.now();
    await s.upload(definitionForm());
    expect(Date.now() - t0).toBeGreaterThanOrEqual(230);
    const anon = await s.app.request('/api/sandbox/settings', { method: 'POST', body: '{}' });
    expect(anon.status).toBe(401);
  });

  it('POST /api/sandbox/settings lowers the upload limit: larger files get 413', async () => {
    const s = await startAkanaSandbox();
    const set = (body: unknown) =>
      s.app.request('/api/sandbox/settings', {
        method: 'POST',
        headers: { Authorization: basic('admin'), 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await set({ maxUploadBytes: 0 })).status).toBe(400);
    expect((await set({ maxUploadBytes: 1.5 })).status).toBe(400);
    expect((await set({})).status).toBe(400);
    const ok = await set({ maxUploadBytes: 100 });
    expect(await ok.json()).toEqual({
      uploadDelayMs: 0,
      maxUploadBytes: 100,
      readRequestCsrf: false,
    });
    expect((await s.upload(definitionForm())).status).toBe(413);
    await set({ maxUploadBytes: 5 * 1024 * 1024 });
    expect((await s.upload(definitionForm())).status).toBe(200);
  });
});
