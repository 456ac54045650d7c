/**
 * A WorkflowEvent's Attributes are free "event info" (API contract: a string): the console's hint
 * suggests name=value pairs joined by &, as in personId=12&formId=3, but JSON such as
 * {"personId":12} or other text is just as valid. So nothing is refused: text that looks like a
 * slip in the pairs gets a warning on the field, and is still sent as typed.
 */
const NAME = /^[A-Za-z_][\w.[\]-]*$/;

const AS_TYPED =
  'It is sent as typed; if the workflow reads name=value pairs joined by &, e.g. personId=12&formId=3, correct it before sending.';

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
    const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
    if (eq < 0) return `“${shown}” has no value (no = after it). ${AS_TYPED}`;
    if (name === '') return `A pair has no name before its =. ${AS_TYPED}`;
    if (!NAME.test(name))
      return `“${shown}” is not a name: names use letters, digits and _ . - [ ], and start with a letter or _. ${AS_TYPED}`;
  }
  return null;
}
