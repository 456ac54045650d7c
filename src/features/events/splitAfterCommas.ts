/**
 * A `$select` cut after each comma ("EventType," "Attributes"), so it can be shown with a line
 * break allowed there and nowhere else: property names stay whole. Joined, the parts are the
 * text as typed.
 */
export function splitAfterCommas(text: string): string[] {
  return text.split(/(?<=,)/);
}
