import { describe, expect, it } from 'vitest';
import { definitionForm, startAkanaSandbox, validXml } from './testClient.ts';

const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = order === 'le' ? le : Buffer.from(le).swap16();
  const mark = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes);
};

const named = (encoding: string, action: string) =>
  validXml.replace('encoding="UTF-8"', `encoding="${encoding}"`).replace('Approve', action);

/** The XML stored for the definition the upload answered with. */
async function storedXml(s: Awaited<ReturnType<typeof startAkanaSandbox>>, res: Response) {
  const { Key } = (await res.json()) as { Key: string };
  return s.db.get<{ xml: string }>('SELECT xml FROM akana_workflow_definition WHERE def_key = ?', [
    Key,
  ])?.xml;
}

describe('POST /api/workflow/definitions: encodings', () => {
  it.each([
    ['UTF-16LE with a byte order mark', utf16(named('UTF-16', 'Godkjenn é'), 'le', true)],
    ['UTF-16BE with a byte order mark', utf16(named('UTF-16', 'Godkjenn é'), 'be', true)],
    [
      'UTF-16BE declared, without a byte order mark',
      utf16(named('UTF-16', 'Godkjenn é'), 'be', false),
    ],
    [
      'UTF-16LE without a declaration or mark',
      utf16(named('UTF-16', 'Godkjenn é').replace(/^<\?xml[^>]*>/, ''), 'le', false),
    ],
    [
      'ISO-8859-1 declared',
      new Uint8Array(Buffer.from(named('ISO-8859-1', 'Godkjenn é'), 'latin1')),
    ],
    [
      'UTF-8 declaring UTF-16 (as .NET writes it)',
      new Uint8Array(Buffer.from(named('utf-16', 'Godkjenn é'))),
    ],
  ])('stores %s as the text it is', async (_, file) => {
    const s = await startAkanaSandbox();
    const res = await s.upload(definitionForm({ file }));
    expect(res.status).toBe(200);
    expect(await storedXml(s, res)).toContain('name="Godkjenn é"');
  });

  it('refuses bytes that are not valid UTF-8, where the first one is', async () => {
    const s = await startAkanaSandbox();
    const before = (await s.list()).WorkflowDefinition.length;
    const latin1 = Buffer.from(validXml.replace('Approve', 'Godkjenn é'), 'latin1');
    const res = await s.upload(definitionForm({ file: new Uint8Array(latin1) }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      field: 'File',
      line: 14,
      column: 40,
      message: expect.stringMatching(/^The file is not valid UTF-8/),
    });
    expect((await s.list()).WorkflowDefinition).toHaveLength(before);
  });

  it('refuses an encoding it cannot read, naming it', async () => {
    const s = await startAkanaSandbox();
    const res = await s.upload(definitionForm({ file: named('x-klingon', 'Approve') }));
    expect(res.status).toBe(400);
    expect((await res.json()).message).toMatch(/"x-klingon"/);
  });
});

describe('POST /api/workflow/definitions: files that start with a zero byte', () => {
  const binaryMessage =
    'This is a binary file (a program, image or archive, for example), not an XML text file (it may have been renamed to .xml); choose the definition’s XML file';

  it.each([
    ['data whose first byte is zero', Array.from({ length: 600 }, (_, i) => (i * 37) % 256)],
    ['zero, then a character', [0x00, 0x41, 0x00, 0x00, 0x01, 0x02]],
    ['a Windows program', [0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff]],
  ])('refuses %s as a binary file, at no line', async (_, bytes) => {
    const s = await startAkanaSandbox();
    const before = (await s.list()).WorkflowDefinition.length;
    const res = await s.upload(definitionForm({ file: new Uint8Array(bytes) }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 400, field: 'File', message: binaryMessage });
    expect((await s.list()).WorkflowDefinition).toHaveLength(before);
  });

  it('reads a zero byte before UTF-8 markup as UTF-8 and points at it', async () => {
    const s = await startAkanaSandbox();
    const file = new Uint8Array([0x00, ...Buffer.from(validXml)]);
    const res = await s.upload(definitionForm({ file }));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      field: 'File',
      line: 1,
      column: 1,
      message: expect.stringMatching(/^The file contains the character U\+0000, which XML/),
    });
  });
});
