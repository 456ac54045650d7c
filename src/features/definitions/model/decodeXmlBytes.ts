/** The text of an XML file, or why it cannot be read (with where, when that is known). */
export type DecodedXml =
  | { ok: true; text: string; encoding: string }
  | { ok: false; message: string; text: string; index: number };

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

const isXmlSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
/** A first character of an XML file: `<`, or white space before it. */
const startsXml = (b: number | undefined) => b === 0x3c || isXmlSpace(b);

/**
 * The encoding XML's autodetection (XML 1.0 appendix F) gives the first bytes: a byte order
 * mark, or UTF-16 without one, whose first two characters have zero high bytes and the first is
 * `<` or white space (`00 3C 00 3F`). Any other zero byte is no sign of UTF-16 (binary data, or
 * a stray NUL the XML check points at). Undefined means an ASCII-compatible file, whose
 * declaration names its encoding (UTF-8 when it names none).
 */
function encodingFromFirstBytes(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  const [a, b, c, d] = bytes;
  if (a === 0 && startsXml(b) && c === 0 && d !== undefined) return 'utf-16be';
  if (startsXml(a) && b === 0 && c !== undefined && d === 0) return 'utf-16le';
  return undefined;
}

/** The `encoding` of the XML declaration, read as ASCII (the declaration always is). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1];
}

/**
 * Decodes an uploaded definition the way an XML parser reads it: by its byte order mark, else
 * by its declaration's encoding, else as UTF-8. The sandbox decodes the same way
 * (server/akana/decodeXmlUpload.ts), so what this accepts the platform accepts.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodedXml {
  let encoding = encodingFromFirstBytes(bytes);
  if (!encoding) {
    const declared = declaredEncoding(bytes);
    // An 8-bit file declaring UTF-16 (.NET writes that into UTF-8 files) is read as what it is.
    encoding = declared && !/^utf-?16/i.test(declared) ? declared : 'utf-8';
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return {
      ok: false,
      message: `The file declares the encoding "${encoding}", which cannot be read; save it as UTF-8.`,
      text: new TextDecoder('utf-8').decode(bytes),
      index: 0,
    };
  }
  try {
    return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    // Where the first byte that is not valid in that encoding is: at its replacement character.
    const text = new TextDecoder(decoder.encoding).decode(bytes);
    return {
      ok: false,
      message: `The file is not valid ${decoder.encoding.toUpperCase()}; save it as UTF-8 or declare its encoding.`,
      text,
      index: Math.max(text.indexOf('\uFFFD'), 0),
    };
  }
}
