/**
 * The first bytes of files often renamed or picked by mistake, and what to call them. The page
 * has the same check (src/features/definitions/model/binaryKind.ts) and refuses these files
 * before sending them; the sandbox refuses them again for any other client.
 */
const SIGNATURES: readonly [string, readonly number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word or Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b, 0x08]],
];

/** What any other file with zero bytes is called (a program, a database, an unknown format). */
const UNKNOWN_BINARY = 'a binary file (a program, image or archive, for example)';

/** How far zero bytes are looked for: binary formats have them in their first bytes. */
const HEAD_BYTES = 1024;

const LT = 0x3c;
const isXmlSpace = (b: number | undefined) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
const startsXml = (b: number | undefined) => b === LT || isXmlSpace(b);

/**
 * Whether the zero bytes are those of UTF-16: a byte order mark, or, without one, a first
 * character `<` or white space with its zero byte before or after it (XML 1.0 appendix F).
 */
function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  if ((a === 0xfe && b === 0xff) || (a === 0xff && b === 0xfe)) return true;
  return (a === 0 && startsXml(b)) || (b === 0 && startsXml(a));
}

/** Whether the file's first character, after a UTF-8 byte order mark and white space, is `<`. */
function startsWithMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (isXmlSpace(bytes[i])) i++;
  return bytes[i] === LT;
}

/**
 * What kind of binary file `bytes` is, or null for text. Known formats by their first bytes (none
 * of which can start XML text); any other file by a zero byte near its start, which 8-bit text
 * never has. UTF-16 has zero bytes and is text; so is a file starting with `<` that holds a
 * stray one, which the XML check then points at.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  const found = SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
  if (found) return found[0];
  if (isUtf16(bytes) || startsWithMarkup(bytes)) return null;
  return bytes.subarray(0, HEAD_BYTES).includes(0) ? UNKNOWN_BINARY : null;
}
