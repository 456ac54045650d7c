/**
 * What fast-xml-parser's validator lets through although XML forbids it, or reports without a
 * usable place, found by one linear scan of the text:
 * - a `&` that starts no reference, or a `<`, inside an attribute value (`name="R&D"`);
 * - a `&` that starts no reference, or `]]>`, in text;
 * - `--` inside a comment (or one ending `--->`);
 * - a DOCTYPE after the root element, or a second one;
 * - a file that ends inside a tag, comment, CDATA section or processing instruction, or before
 *   its elements are closed (the validator reports that at line 1, column 1, with the names of
 *   the open elements as a JSON array).
 * Everything else (mismatched or misnamed tags, attribute syntax, …) is left to the validator.
 */
export interface WellFormedGap {
  /** Where the problem is (the end of the text when the file ends too soon). */
  index: number;
  message: string;
}

/** `&name;`, `&#123;` or `&#x1F;` at the `&`. Undefined names are refused elsewhere. */
const REFERENCE = /&(?:[A-Za-z_:][\w.:-]*|#[0-9]+|#x[0-9A-Fa-f]+);/y;
/** A start tag's name begins with a letter, `_` or `:` (anything else is the validator's). */
const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;

const BARE_AMPERSAND =
  'A “&” on its own is not allowed: write it as &amp; (“&” only starts a reference such as &lt; or &#233;).';

function isReference(text: string, at: number): boolean {
  REFERENCE.lastIndex = at;
  return REFERENCE.test(text);
}

/** A place as the messages name it: "line 5, column 3". */
function placeOf(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return `line ${line}, column ${index - (before.lastIndexOf('\n') + 1) + 1}`;
}

/**
 * The next `needle` at or after a position, for positions that only grow: each search starts
 * where the last one left off, so scanning a 5 MB file stays linear.
 */
function finder(text: string, needle: string): (from: number) => number {
  let at = -2;
  return (from) => {
    if (at !== -1 && at < from) at = text.indexOf(needle, from);
    return at;
  };
}

type Finders = { ampersand: (from: number) => number; cdataEnd: (from: number) => number };

/** Text between tags, [from, to): bare `&` and `]]>`. */
function textGap(text: string, from: number, to: number, find: Finders): WellFormedGap | null {
  for (let i = find.ampersand(from); i !== -1 && i < to; i = find.ampersand(i + 1))
    if (!isReference(text, i)) return { index: i, message: BARE_AMPERSAND };
  const end = find.cdataEnd(from);
  if (end !== -1 && end + 3 <= to)
    return { index: end, message: 'Text may not contain “]]>”: write ]]&gt; instead.' };
  return null;
}

/** The first gap in `text` (see above), or null. */
export function findWellFormedGap(text: string): WellFormedGap | null {
  const open: { name: string; index: number }[] = [];
  let rootSeen = false;
  let doctypeSeen = false;
  // A file cut short is shown at its last character, not on an empty last line.
  const lastChar = text.trimEnd().length;
  const endsInside = (what: string, start: number): WellFormedGap => ({
    index: lastChar,
    message: `The file ends inside ${what} that starts on ${placeOf(text, start)}.`,
  });
  const find: Finders = { ampersand: finder(text, '&'), cdataEnd: finder(text, ']]>') };
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const gap = textGap(text, i, lt === -1 ? text.length : lt, find);
    if (gap) return gap;
    if (lt === -1) break;

    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end === -1) return endsInside('the comment', lt);
      const dashes = text.indexOf('--', lt + 4);
      if (dashes < end || text[end - 1] === '-')
        return {
          index: dashes < end ? dashes : end - 1,
          message: 'A comment may not contain “--” (or end with “--->”).',
        };
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end === -1) return endsInside('the CDATA section', lt);
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end === -1) return endsInside('the processing instruction', lt);
      i = end + 2;
    } else if (text.startsWith('<!', lt)) {
      if (/^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) {
        if (rootSeen)
          return { index: lt, message: 'The DOCTYPE must come before the root element.' };
        if (doctypeSeen) return { index: lt, message: 'A file may have only one DOCTYPE.' };
        doctypeSeen = true;
      }
      // Internal subsets are refused before this scan, so the first `>` ends it.
      const end = text.indexOf('>', lt);
      if (end === -1) return endsInside('the declaration', lt);
      i = end + 1;
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt);
      if (end === -1) return endsInside('the end tag', lt);
      // Whether it matches is the validator's to say.
      open.pop();
      i = end + 1;
    } else {
      if (!NAME_START.test(text[lt + 1] ?? '')) return null;
      const name = /^[^\s/>]+/.exec(text.slice(lt + 1, lt + 200))?.[0] ?? '';
      let quote: string | null = null;
      let j = lt + 1;
      for (; j < text.length; j++) {
        const c = text[j];
        if (quote) {
          if (c === quote) quote = null;
          else if (c === '<')
            return {
              index: j,
              message: 'An attribute value may not contain “<”: write &lt; instead.',
            };
          else if (c === '&' && !isReference(text, j)) return { index: j, message: BARE_AMPERSAND };
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
        // A `<` inside a tag: broken markup the validator describes better.
        else if (c === '<') return null;
      }
      if (j >= text.length) return endsInside(`the <${name}> tag`, lt);
      rootSeen = true;
      if (text[j - 1] !== '/') open.push({ name, index: lt });
      i = j + 1;
    }
  }
  const innermost = open.at(-1);
  return innermost
    ? {
        index: lastChar,
        message: `The file ends before <${innermost.name}> (opened on ${placeOf(text, innermost.index)}) is closed.`,
      }
    : null;
}
