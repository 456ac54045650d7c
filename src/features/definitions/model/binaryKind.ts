/** The first bytes of files often renamed or picked by mistake, and what to call them. */
const SIGNATURES: readonly [string, readonly number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or a Word or Excel file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b, 0x08]],
];

/**
 * What kind of binary file `bytes` is, by its first bytes, or null. None of these can start XML
 * text (which starts with `<`, a byte order mark or white space).
 */
export function binaryKind(bytes: Uint8Array): string | null {
  const found = SIGNATURES.find(([, sig]) => sig.every((b, i) => bytes[i] === b));
  return found ? found[0] : null;
}
