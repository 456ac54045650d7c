const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The code points XML allows in a document (XML 1.0 §2.2, `Char`). */
const isXmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/**
 * An attribute's value as written in the file, as the platform reads it: literal tabs and line
 * breaks become spaces (XML's attribute-value normalisation), then the predefined entities and
 * character references are decoded, in one pass (`&amp;lt;` is `&lt;`). The parser is told to
 * leave references alone, so names would otherwise show `&lt;` and `&#233;` as typed.
 */
export function attributeText(raw: string): string {
  return raw
    .replace(/\r\n|[\t\n\r]/g, ' ')
    .replace(/&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g, (ref, hex, dec, name) => {
      if (name) return PREDEFINED[name];
      const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
      // A reference to a character XML does not allow is left as written, never a crash.
      return isXmlChar(code) ? String.fromCodePoint(code) : ref;
    });
}
