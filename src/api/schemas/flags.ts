/**
 * Flags enums travel as "A, B" strings, or as one name for a named combination ("URI", "FULL"),
 * sometimes as a number (contract §1.4, §2.2–2.3). Parses any of those to a number.
 * Unknown names are returned separately so callers can decide (and tests can see them).
 */
export function parseFlags(
  value: string | number | null | undefined,
  names: Readonly<Record<string, number>>,
): { value: number; unknown: string[] } {
  if (value === null || value === undefined || value === '') return { value: 0, unknown: [] };
  if (typeof value === 'number') return { value, unknown: [] };
  const byLower = new Map(Object.entries(names).map(([k, v]) => [k.toLowerCase(), v]));
  let result = 0;
  const unknown: string[] = [];
  for (const part of value.split(/[,|\s]+/)) {
    const p = part.trim();
    if (!p) continue;
    if (/^\d+$/.test(p)) {
      result |= Number(p);
      continue;
    }
    const v = byLower.get(p.toLowerCase());
    if (v === undefined) unknown.push(p);
    else result |= v;
  }
  return { value: result, unknown };
}

/** Writes flags back as "A, B" using the single (non-combination) names given. */
export function formatFlags(value: number, singles: Readonly<Record<string, number>>): string {
  if (value === 0) return Object.entries(singles).find(([, v]) => v === 0)?.[0] ?? '0';
  return Object.entries(singles)
    .filter(([, v]) => v !== 0 && (value & v) === v)
    .map(([k]) => k)
    .join(', ');
}
