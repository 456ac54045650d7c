/**
 * XML 1.0 allows tab, newline, carriage return and the characters from U+0020 up, except lone
 * surrogates, U+FFFE and U+FFFF. The validator we use does not check this; the platform's Java
 * parser refuses a file with any other (a NUL, an escape), even in a comment or CDATA.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

const isAllowed = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

const codePointName = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The first character XML does not allow, written out in `text` or referenced (`&#0;`) in
 * `markup` (the same text with comments and CDATA blanked, where a reference is only text).
 * Messages end without a full stop; the page adds one.
 */
export function findForbiddenXmlChar(
  text: string,
  markup: string,
): { index: number; message: string } | undefined {
  const literal = FORBIDDEN.exec(text);
  const found: { index: number; message: string }[] = [];
  if (literal)
    found.push({
      index: literal.index,
      message: `The file contains the character ${codePointName(literal[0].codePointAt(0) ?? 0)}, which XML does not allow`,
    });
  for (const m of markup.matchAll(/&#(x[0-9A-Fa-f]+|[0-9]+);/g)) {
    if (literal && (m.index ?? 0) > literal.index) break;
    const code = m[1].startsWith('x') ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10);
    if (isAllowed(code)) continue;
    found.push({
      index: m.index ?? 0,
      message:
        code > 0x10ffff
          ? `The character reference ${m[0]} is past the last Unicode character`
          : `The character reference ${m[0]} stands for ${codePointName(code)}, which XML does not allow`,
    });
    break;
  }
  return found.sort((a, b) => a.index - b.index)[0];
}
