/**
 * `$select`: a comma-separated list of top-level properties; every other property is nulled
 * out (contract §1.1). Names match case-insensitively; a path like `category/id` keeps `category`.
 */
export function applySelect<T>(value: T, select: string | undefined): T {
  if (!select || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const keep = new Set(
    select
      .split(',')
      .map((s) => s.trim().split('/')[0].toLowerCase())
      .filter(Boolean),
  );
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    out[k] = keep.has(k.toLowerCase()) ? v : null;
  }
  return out as T;
}
