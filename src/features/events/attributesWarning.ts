/**
 * A WorkflowEvent's Attributes are free "event info" (API contract: a string): the console's hint
 * suggests name=value pairs joined by &, as in personId=12&formId=3, but JSON such as
 * {"personId":12} or other text is just as valid. So nothing is refused: text that looks like a
 * slip in the pairs gets a warning on the field, and is still sent as typed.
 */
const NAME = /^[A-Za-z_][\w.[\]-]*$/;

const AS_TYPED =
  'It is sent as typed; if the workflow reads name=value pairs joined by &, e.g. personId=12&formId=3, correct it before sending.';

const JOINED =
  'Pairs are joined by &, not by line breaks or spaces, e.g. personId=12&formId=3. It is sent as typed: correct it before sending if the workflow reads name=value pairs.';

/** A pair that starts after a line break or a space inside a value ("12⏎formId=3"). */
const PAIR_AFTER_BREAK = /\r?\n\s*([A-Za-z_][\w.[\]-]*=\S*)/;
const PAIR_AFTER_SPACE = /[ \t]([A-Za-z_][\w.[\]-]*=\S*)/;

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * A warning for a value that holds what reads as more pairs: pasted one per line or separated by
 * spaces, they are all sent as the first pair's value. Any line break in a value is named too (the
 * history shows it as typed). A lone = in a value (a URL's query) is fine.
 */
function mergedPairWarning(name: string, value: string): string | null {
  const inner = value.trim();
  const of = `the value of “${clip(name)}”`;
  const afterBreak = PAIR_AFTER_BREAK.exec(inner);
  if (afterBreak)
    return `“${clip(afterBreak[1])}” is on a new line, so it is sent as part of ${of}. ${JOINED}`;
  if (/[\r\n]/.test(inner))
    return `The value of “${clip(name)}” goes on over a line break, so the next line is sent as part of it. ${JOINED}`;
  const afterSpace = PAIR_AFTER_SPACE.exec(inner);
  if (afterSpace)
    return `“${clip(afterSpace[1])}” follows a space, so it is sent as part of ${of}. ${JOINED}`;
  return null;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A warning for typed Attributes that look like malformed name=value pairs; null when fine. */
export function attributesWarning(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^[{[]/.test(trimmed))
    return isJson(trimmed)
      ? null
      : 'This starts like JSON ({ or [) but is not valid JSON. It is sent as typed; check it before sending.';
  const parts = text.split('&');
  if (parts.some((p) => p.trim() === ''))
    return `There is an empty pair (two & in a row, or an & at the start or end). ${AS_TYPED}`;
  for (const part of parts) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    const shown = clip(name);
    if (eq < 0) return `“${shown}” has no value (no = after it). ${AS_TYPED}`;
    if (name === '') return `A pair has no name before its =. ${AS_TYPED}`;
    if (!NAME.test(name))
      return `“${shown}” is not a name: names use letters, digits and _ . - [ ], and start with a letter or _. ${AS_TYPED}`;
    const merged = mergedPairWarning(name, part.slice(eq + 1));
    if (merged) return merged;
  }
  return null;
}
