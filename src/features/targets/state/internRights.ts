/**
 * JSON.parse gives every assignment its own copy of identical rights objects (TableRight and
 * FieldProperties); with 10,000 rows that is tens of thousands of duplicate objects. This swaps
 * each for one shared, frozen instance per distinct content (a few per group), in place.
 */
interface WithRights {
  TableRight?: unknown;
  FieldProperties?: unknown;
}

function keyOf(v: unknown): string {
  if (v === null || typeof v !== 'object') return String(v);
  let k = '';
  for (const [name, value] of Object.entries(v as Record<string, unknown>))
    k += `${name}:${value !== null && typeof value === 'object' ? `{${keyOf(value)}}` : String(value)};`;
  return k;
}

export function internRights<T extends WithRights>(items: readonly T[] | null | undefined): void {
  if (!items) return;
  const pool = new Map<string, unknown>();
  const intern = (v: unknown) => {
    if (v === null || typeof v !== 'object') return v;
    const k = keyOf(v);
    const hit = pool.get(k);
    if (hit !== undefined) return hit;
    pool.set(k, Object.freeze(v));
    return v;
  };
  for (const item of items) {
    if ('TableRight' in item) item.TableRight = intern(item.TableRight);
    if ('FieldProperties' in item) item.FieldProperties = intern(item.FieldProperties);
  }
}
