import { describe, expect, it } from 'vitest';
import { definitionForm, startAkanaSandbox, validXml } from './testClient.ts';

describe('POST /api/workflow/definitions', () => {
  it('stores an upload and returns the WorkflowDefinition', async () => {
    const s = await startAkanaSandbox();
    const before = (await s.list()).WorkflowDefinition.length;
    const res = await s.upload(definitionForm({ Name: 'Model review', ObjectType: 'Model' }));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      Key: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      Name: 'Model review',
      Description: 'Moderated posts',
      State: 'C',
      ObjectType: 'model',
      BusinessID: 'tenantbusiness.flowdesk',
      Updated: expect.any(String),
    });
    expect(new Date(body.Updated).toISOString()).toBe(body.Updated);
    const after = (await s.list()).WorkflowDefinition;
    expect(after).toHaveLength(before + 1);
    expect(after.some((d) => d.Key === body.Key)).toBe(true);
  });

  it.each(['File', 'Name', 'Description', 'ObjectType'] as const)(
    '400 names the missing key %s',
    async (key) => {
      const s = await startAkanaSandbox();
      const form = key === 'File' ? definitionForm({ file: null }) : definitionForm({ [key]: '' });
      const res = await s.upload(form);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.message).toContain(key);
      expect(body.field).toBe(key);
    },
  );

  it('400 for an unknown ObjectType', async () => {
    const s = await startAkanaSandbox();
    const res = await s.upload(definitionForm({ ObjectType: 'spaceship' }));
    expect(res.status).toBe(400);
    expect((await res.json()).field).toBe('ObjectType');
  });

  it('400 with line and column for malformed XML, and stores nothing', async () => {
    const s = await startAkanaSandbox();
    const before = (await s.list()).WorkflowDefinition.length;
    const res = await s.upload(definitionForm({ file: '<workflow>\n  <steps>\n</workflow>' }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body).toMatchObject({ line: 3, column: 1, field: 'File' });
    expect(body.message).toMatch(/line 3, column 1/);
    expect((await s.list()).WorkflowDefinition).toHaveLength(before);
  });

  it('400 with line and column for a bare & in an attribute and for a file cut short, storing nothing', async () => {
    const s = await startAkanaSandbox();
    const before = (await s.list()).WorkflowDefinition.length;
    const ampersand = await s.upload(
      definitionForm({
        file: '<workflow>\n  <initial-actions>\n    <action id="1" name="R&D"/>\n  </initial-actions>\n  <steps/>\n</workflow>',
      }),
    );
    expect(ampersand.status).toBe(400);
    expect(await ampersand.json()).toMatchObject({ line: 3, column: 27, field: 'File' });
    const cut = await s.upload(
      definitionForm({ file: '<workflow>\n  <initial-actions/>\n  <steps>\n    <step id="1">' }),
    );
    expect(cut.status).toBe(400);
    expect(await cut.json()).toMatchObject({
      line: 4,
      column: 18,
      message:
        'Malformed XML: The file ends before <step> (opened on line 4, column 5) is closed (line 4, column 18)',
    });
    expect((await s.list()).WorkflowDefinition).toHaveLength(before);
  });

  it('400 when the root element is not <workflow>', async () => {
    const s = await startAkanaSandbox();
    const res = await s.upload(definitionForm({ file: '<?xml version="1.0"?>\n<process/>' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      line: 2,
      column: 1,
      message: expect.stringMatching(/<workflow>/),
    });
  });

  it.each([
    ['<initial-actions>', validXml.replace(/<initial-actions>[\s\S]*<\/initial-actions>/, '')],
    ['<steps>', validXml.replace(/<steps>[\s\S]*<\/steps>/, '')],
  ])('400 naming the missing %s at <workflow>, and stores nothing', async (element, file) => {
    const s = await startAkanaSandbox();
    const before = (await s.list()).WorkflowDefinition.length;
    const res = await s.upload(definitionForm({ file }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      code: 400,
      message: `<workflow> has no ${element} element (line 3, column 1)`,
      field: 'File',
      line: 3,
      column: 1,
    });
    expect((await s.list()).WorkflowDefinition).toHaveLength(before);
  });

  it('400 for a character XML does not allow (a NUL), with its position', async () => {
    const s = await startAkanaSandbox();
    const file = validXml.replace('<steps>', '<steps>\u0000');
    const res = await s.upload(definitionForm({ file }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      message: expect.stringMatching(/^The file contains the character U\+0000, which XML/),
      line: 11,
      column: 10,
    });
  });

  it('refuses entity declarations (billion laughs) with their position', async () => {
    const s = await startAkanaSandbox();
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE workflow [\n <!ENTITY a "aaaaaaaaaa">\n <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n<workflow>&b;</workflow>`;
    const res = await s.upload(definitionForm({ file: bomb }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      line: 3,
      column: 2,
      message: expect.stringMatching(/ENTITY/),
    });
  });

  it('refuses an external entity and an undeclared entity reference', async () => {
    const s = await startAkanaSandbox();
    const xxe = `<!DOCTYPE workflow [<!ENTITY x SYSTEM "file:///etc/passwd">]><workflow>&x;</workflow>`;
    expect((await s.upload(definitionForm({ file: xxe }))).status).toBe(400);
    const undeclared = await s.upload(definitionForm({ file: '<workflow>&nope;</workflow>' }));
    expect(undeclared.status).toBe(400);
    expect((await undeclared.json()).message).toMatch(/&nope;/);
  });

  it('accepts the standard OSWorkflow DOCTYPE with a PUBLIC id (never fetched)', async () => {
    const s = await startAkanaSandbox();
    expect(validXml).toContain('<!DOCTYPE workflow PUBLIC');
    expect((await s.upload(definitionForm())).status).toBe(200);
  });

  it('413 for a file over maxUploadBytes', async () => {
    const s = await startAkanaSandbox({ maxUploadBytes: 1024 });
    const big = validXml.replace('<workflow>', `<workflow><!-- ${'x'.repeat(2000)} -->`);
    const res = await s.upload(definitionForm({ file: big }));
    expect(res.status).toBe(413);
    expect((await res.json()).message).toMatch(/limit/);
    const huge = validXml.replace('<workflow>', `<workflow><!-- ${'x'.repeat(100_000)} -->`);
    const refused = await s.upload(definitionForm({ file: huge }));
    expect(refused.status).toBe(413);
    // The limit set, not the limit plus the room left for the rest of the form (65 KB).
    expect((await refused.json()).message).toBe('The upload is larger than the limit of 1 KB');
  });

  it('400 when the body is not multipart', async () => {
    const s = await startAkanaSandbox();
    const res = await s.app.request('/api/workflow/definitions', {
      method: 'POST',
      headers: { Cookie: s.session.cookie, ...s.session.csrf, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(400);
  });
});
