/**
 * The text with the inside of comments, CDATA sections and processing instructions blanked
 * (newlines kept, so indexes, lines and columns stay), for scanning for declarations and
 * references: `<!ENTITY` or `&name;` in a script's CDATA is text, not markup. A DOCTYPE is
 * kept whole, quoted strings and internal subset included, so nothing in it can hide there.
 */
export function blankLiteralSections(text: string): string {
  let out = '';
  let copied = 0;
  let i = text.indexOf('<');
  while (i !== -1) {
    let end: number | undefined;
    if (text.startsWith('<!--', i)) end = indexAfter(text, '-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) end = indexAfter(text, ']]>', i + 9);
    else if (text.startsWith('<?', i)) end = indexAfter(text, '?>', i + 2);
    else if (/^<!DOCTYPE/i.test(text.slice(i, i + 9))) {
      i = text.indexOf('<', doctypeEnd(text, i));
      continue;
    }
    if (end === undefined) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    out += text.slice(copied, i) + text.slice(i, end).replace(/[^\n]/g, ' ');
    copied = end;
    i = text.indexOf('<', end);
  }
  return out + text.slice(copied);
}

/** The index just past the first `end` at or after `from` (the text's length when none). */
function indexAfter(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at === -1 ? text.length : at + end.length;
}

/** The index just past the `>` that closes the DOCTYPE at `start` (outside quotes and `[…]`). */
function doctypeEnd(text: string, start: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (let j = start + 2; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth += 1;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return j + 1;
  }
  return text.length;
}
