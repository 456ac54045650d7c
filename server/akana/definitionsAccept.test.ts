import { describe, expect, it } from 'vitest';
import { definitionForm, startAkanaSandbox } from './testClient.ts';

/**
 * The platform refuses, without doing anything, an Accept header it cannot serve (406 on the
 * upload's page, 404 in AK-HTTP); the list and the upload answer JSON (AK-LIST, AK-ADD), so an
 * Accept that rules every JSON type out is refused (406, as the sandbox's delete), and the upload
 * is not stored.
 */
describe('the Accept header of /api/workflow/definitions', () => {
  it('lists for JSON, the platform’s versioned JSON, any type or no Accept at all', async () => {
    const s = await startAkanaSandbox();
    for (const accept of [
      'application/json',
      'application/vnd.soa.v81+json',
      'application/*',
      '*/*',
      'text/html, */*;q=0.1',
      undefined,
    ]) {
      const res = await s.app.request('/api/workflow/definitions', {
        headers: { Cookie: s.session.cookie, ...(accept ? { Accept: accept } : {}) },
      });
      expect(res.status, String(accept)).toBe(200);
    }
  });

  it('answers 406 to a list asked for as HTML only, not the JSON a platform would not send', async () => {
    const s = await startAkanaSandbox();
    const res = await s.app.request('/api/workflow/definitions', {
      headers: { Cookie: s.session.cookie, Accept: 'text/html' },
    });
    expect(res.status).toBe(406);
    expect((await res.json()).message).toContain('text/html');
  });

  it('answers 406 to an upload whose Accept rules JSON out, and stores nothing', async () => {
    const s = await startAkanaSandbox();
    const before = (await s.list()).WorkflowDefinition.length;
    const res = await s.upload(definitionForm({ Name: 'Refused for its Accept' }), {
      Cookie: s.session.cookie,
      ...s.session.csrf,
      Accept: 'text/plain',
    });
    expect(res.status).toBe(406);
    expect((await s.list()).WorkflowDefinition.length).toBe(before);
    const json = await s.upload(definitionForm(), {
      Cookie: s.session.cookie,
      ...s.session.csrf,
      Accept: 'application/json',
    });
    expect(json.status).toBe(200);
  });
});
