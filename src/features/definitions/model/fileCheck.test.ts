import { describe, expect, it } from 'vitest';
import { checkDefinitionBytes } from './fileCheck.ts';

const bytes = (...b: number[]) => new Uint8Array([...b, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

describe('checkDefinitionBytes', () => {
  it('names a picture, document or archive renamed to .xml, without quoting its bytes', () => {
    expect(checkDefinitionBytes(bytes(0x89, 0x50, 0x4e, 0x47))).toEqual({
      ok: false,
      problem:
        'This is a PNG image, not an XML text file (it may have been renamed to .xml). Choose the definition’s XML file.',
      position: null,
      excerpt: null,
    });
    expect(checkDefinitionBytes(bytes(0x50, 0x4b, 0x03, 0x04))).toMatchObject({
      problem: /^This is a ZIP archive \(or a Word or Excel file\), not an XML text file/,
    });
    expect(checkDefinitionBytes(bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toMatchObject({
      problem: /^This is a PDF document, not/,
    });
  });

  it('calls any other file holding zero bytes a binary file, without quoting its bytes', () => {
    const binary = {
      ok: false,
      problem:
        'This is a binary file (a program, image or archive, for example), not an XML text file (it may have been renamed to .xml). Choose the definition’s XML file.',
      position: null,
      excerpt: null,
    };
    // A Windows program: "MZ", then zero bytes.
    expect(checkDefinitionBytes(bytes(0x4d, 0x5a, 0x90, 0x00, 0x03))).toEqual(binary);
    // Data whose first byte is zero, as UTF-16 starts, but whose second is no `<` or space.
    expect(checkDefinitionBytes(bytes(0x00, 0x25, 0x4a, 0x6f, 0x94, 0xb9))).toEqual(binary);
    expect(checkDefinitionBytes(bytes(0x25, 0x00, 0x4a, 0x6f, 0x94, 0xb9))).toEqual(binary);
  });

  it('reads UTF-16 without a byte order mark, whose zero bytes are half its characters', () => {
    const xml = '<workflow/>';
    const le = new Uint8Array(Buffer.from(xml, 'utf16le'));
    const be = new Uint8Array(Buffer.from(xml, 'utf16le').swap16());
    for (const b of [le, be])
      expect(checkDefinitionBytes(b)).toMatchObject({
        ok: false,
        problem: /^<workflow> has no <initial-actions> element/,
      });
  });

  it('still reads text that only starts like one of them', () => {
    const text = new TextEncoder().encode('PK is not a root\n');
    expect(checkDefinitionBytes(text)).toMatchObject({ ok: false, position: { line: 1 } });
  });
});
