/**
 * "1 day", "2 days", "0 groups": a count with its noun in the right number. `plural` defaults to
 * the noun plus "s". A count given as text ("30" from a condition's value) is read as a number;
 * text that is not one keeps the plural ("? days").
 */
export function countOf(n: number | string, noun: string, plural = `${noun}s`): string {
  const one = typeof n === 'number' ? n === 1 : n.trim() !== '' && Number(n) === 1;
  return `${n} ${one ? noun : plural}`;
}

/**
 * A time unit as the server names it ("Days", "Hours") in words for `n` of it: "1 day",
 * "2 days". Unknown units are lower-cased as they are, with a trailing "s" dropped for one.
 */
export function durationText(n: number, unit: string): string {
  const plural = unit.toLowerCase();
  const singular = plural.endsWith('s') ? plural.slice(0, -1) : plural;
  return countOf(n, singular, plural);
}
