import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from './decodeXmlBytes.ts';

const DOC = '<?xml version="1.0" encoding="UTF-16"?>\n<workflow name="é ✓"/>';
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const withMark = (mark: number[], bytes: Uint8Array) => new Uint8Array([...mark, ...bytes]);

describe('decodeXmlBytes', () => {
  it('reads UTF-16 by its byte order mark, or without one by its zero bytes', () => {
    for (const bytes of [
      withMark([0xff, 0xfe], utf16le(DOC)),
      withMark([0xfe, 0xff], utf16be(DOC)),
      utf16le(DOC),
      utf16be(DOC),
    ])
      expect(decodeXmlBytes(bytes)).toMatchObject({ ok: true, text: DOC });
  });

  it('reads a zero byte that is not beside markup as no sign of UTF-16 (XML 1.0 F.1)', () => {
    // Read as UTF-16BE, this was one CJK character: the NUL the XML check points at was hidden.
    const stray = new Uint8Array([0x00, ...Buffer.from('<workflow name="é"/>')]);
    expect(decodeXmlBytes(stray)).toEqual({
      ok: true,
      text: '\u0000<workflow name="é"/>',
      encoding: 'utf-8',
    });
  });

  it('reads an 8-bit file by its declared encoding, else as UTF-8 (its mark dropped)', () => {
    const latin = '<?xml version="1.0" encoding="ISO-8859-1"?><workflow name="é"/>';
    expect(decodeXmlBytes(new Uint8Array(Buffer.from(latin, 'latin1')))).toMatchObject({
      ok: true,
      text: latin,
    });
    const plain = '<workflow name="é ✓"/>';
    expect(decodeXmlBytes(withMark([0xef, 0xbb, 0xbf], Buffer.from(plain)))).toMatchObject({
      ok: true,
      text: plain,
      encoding: 'utf-8',
    });
  });

  it('reads a UTF-8 file that declares UTF-16 as the UTF-8 it is', () => {
    expect(decodeXmlBytes(new Uint8Array(Buffer.from(DOC)))).toMatchObject({ ok: true, text: DOC });
  });

  it('refuses bytes that are not valid in the encoding, saying where', () => {
    const bytes = new Uint8Array(Buffer.from('<workflow>\n  <a name="é"/></workflow>', 'latin1'));
    expect(decodeXmlBytes(bytes)).toMatchObject({
      ok: false,
      message: 'The file is not valid UTF-8; save it as UTF-8 or declare its encoding.',
      index: 22,
    });
  });

  it('refuses an encoding it does not know, naming it', () => {
    const bytes = new Uint8Array(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><a/>'));
    expect(decodeXmlBytes(bytes)).toMatchObject({
      ok: false,
      message: expect.stringContaining('"x-klingon"'),
      index: 0,
    });
  });
});
