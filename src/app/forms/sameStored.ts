/**
 * Whether two copies of a record hold the same stored values: a deep compare in which the order
 * of an object's keys does not count (two answers of the same server may list them differently),
 * a missing key equals one that is undefined, and a list's order does. Also tells a kept draft
 * that is just what was loaded (its save went through though the answer was lost).
 */
export function sameStored(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameStored(v, b[i]));
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (!sameStored(x[k], y[k])) return false;
  return true;
}
