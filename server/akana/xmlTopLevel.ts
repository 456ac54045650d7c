/**
 * Where each element at the top of an XML document starts (the index of its `<`), in file
 * order. Skips the XML declaration, processing instructions, comments, CDATA, the DOCTYPE and
 * everything nested inside an element. Meant for text already known to be well-formed.
 */
export function topLevelElementStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let i = text.indexOf('<');
  while (i !== -1) {
    let next: number;
    if (text.startsWith('<?', i)) next = indexAfter(text, '?>', i);
    else if (text.startsWith('<!--', i)) next = indexAfter(text, '-->', i);
    else if (text.startsWith('<![CDATA[', i)) next = indexAfter(text, ']]>', i);
    else if (text.startsWith('<!', i)) next = indexAfter(text, '>', i);
    else {
      next = tagEnd(text, i);
      if (text[i + 1] === '/') depth = Math.max(0, depth - 1);
      else {
        if (depth === 0) starts.push(i);
        if (text[next - 2] !== '/') depth += 1;
      }
    }
    i = text.indexOf('<', next);
  }
  return starts;
}

/** The index just past the first `end` at or after `from` (the text's length when none). */
function indexAfter(text: string, end: string, from: number): number {
  const at = text.indexOf(end, from);
  return at === -1 ? text.length : at + end.length;
}

/** The index just past the `>` closing the tag that starts at `start` (quotes respected). */
function tagEnd(text: string, start: number): number {
  let quote: string | null = null;
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
  }
  return text.length;
}
