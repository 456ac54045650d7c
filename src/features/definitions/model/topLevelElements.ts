/**
 * Where each element at the top of a document starts (the index of its `<`), in file order.
 * Skips the XML declaration, processing instructions, comments, CDATA, the DOCTYPE and everything
 * nested inside an element. Meant for text that is already known to be well-formed.
 */
export function topLevelElementIndexes(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let i = text.indexOf('<');
  while (i !== -1 && i < text.length) {
    const skipTo = (end: string) => {
      const at = text.indexOf(end, i);
      return at === -1 ? text.length : at + end.length;
    };
    let next: number;
    if (text.startsWith('<?', i)) next = skipTo('?>');
    else if (text.startsWith('<!--', i)) next = skipTo('-->');
    else if (text.startsWith('<![CDATA[', i)) next = skipTo(']]>');
    else if (text.startsWith('<!', i)) next = skipTo('>');
    else {
      const end = tagEnd(text, i);
      if (text[i + 1] === '/') depth = Math.max(0, depth - 1);
      else {
        if (depth === 0) starts.push(i);
        if (text[end - 2] !== '/') depth += 1;
      }
      next = end;
    }
    i = text.indexOf('<', next);
  }
  return starts;
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
