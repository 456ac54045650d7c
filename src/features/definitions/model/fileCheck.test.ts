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

  it('still reads text that only starts like one of them', () => {
    const text = new TextEncoder().encode('PK is not a root\n');
    expect(checkDefinitionBytes(text)).toMatchObject({ ok: false, position: { line: 1 } });
  });
});
