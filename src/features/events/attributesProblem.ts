/**
 * A WorkflowEvent's Attributes are its "event info": the console takes them as name=value pairs
 * joined by &, as in personId=12&formId=3 (values are free text; nothing is required).
 */
const NAME = /^[A-Za-z_][\w.-]*$/;

const EXPECTED = 'Write name=value pairs joined by &, e.g. personId=12&formId=3.';

/** What is clearly wrong with typed Attributes, as a sentence for the field; null when fine. */
export function attributesProblem(text: string): string | null {
  if (text.trim() === '') return null;
  const parts = text.split('&');
  if (parts.some((p) => p.trim() === ''))
    return `There is an empty pair (two & in a row, or an & at the start or end). ${EXPECTED}`;
  for (const part of parts) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
    if (eq < 0) return `“${shown}” has no value: add =value after it. ${EXPECTED}`;
    if (name === '') return `A pair has no name before its =. ${EXPECTED}`;
    if (!NAME.test(name))
      return `“${shown}” is not a name: use letters, digits, _ . or -, starting with a letter. ${EXPECTED}`;
  }
  return null;
}
