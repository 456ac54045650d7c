import { describe, expect, it } from 'vitest';
import { decodeXmlUpload } from './decodeXmlUpload.ts';

const DOC = '<?xml version="1.0" encoding="UTF-16"?>\n<workflow name="é ✓"/>';
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const bytesOf = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));

describe('decodeXmlUpload: a file whose first byte is zero', () => {
  it('reads UTF-16BE without a mark only when its first characters are markup (XML 1.0 F.1)', () => {
    expect(decodeXmlUpload(utf16be(DOC))).toMatchObject({ ok: true, text: DOC });
    expect(decodeXmlUpload(utf16be(`\n${DOC}`))).toMatchObject({ ok: true, text: `\n${DOC}` });
  });

  it('reads any other file by its declaration, else as UTF-8, not as UTF-16', () => {
    // A stray zero byte before a UTF-8 document: read as UTF-8, where the XML check finds it.
    const stray = bytesOf([0x00], '<workflow name="é"/>');
    expect(decodeXmlUpload(stray)).toEqual({
      ok: true,
      text: '\u0000<workflow name="é"/>',
      encoding: 'utf-8',
    });
    // Zero, then bytes no UTF-16 file starts with: UTF-8 (the route refuses it as binary first).
    expect(decodeXmlUpload(bytesOf([0x00, 0x01, 0x02, 0x03]))).toMatchObject({
      ok: true,
      encoding: 'utf-8',
    });
  });
});
