/** The WorkflowEventResult properties Flowdesk knows (contract §4), as `$select` may name them. */
export const knownResultProperties = [
  'EventType',
  'Attributes',
  'TableRight',
  'FieldProperties',
] as const;

export interface UnknownSelectName {
  /** The name as typed. */
  name: string;
  /** The known property it is probably a misspelling of, if any. */
  suggestion: string | null;
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), case-insensitive. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[x.length][y.length];
}

/**
 * The names in a `$select` that are not properties Flowdesk knows, each with the known one it is
 * probably a misspelling of (at most a third of its letters off). As on the server, names match
 * case-insensitively and `a/b` names `a`; blanks and repeats are left out. A tenant may have
 * properties Flowdesk does not know, so these are for a warning, not a refusal.
 */
export function unknownSelectNames(
  select: string,
  known: readonly string[] = knownResultProperties,
): UnknownSelectName[] {
  const seen = new Set<string>();
  const out: UnknownSelectName[] = [];
  for (const part of select.split(',')) {
    const name = part.trim().split('/')[0].trim();
    const key = name.toLowerCase();
    if (!name || seen.has(key)) continue;
    seen.add(key);
    if (known.some((k) => k.toLowerCase() === key)) continue;
    let best: { name: string; d: number } | null = null;
    for (const k of known) {
      const d = distance(name, k);
      if (d <= Math.max(1, Math.floor(k.length / 3)) && (!best || d < best.d))
        best = { name: k, d };
    }
    out.push({ name, suggestion: best?.name ?? null });
  }
  return out;
}

/** The warning under the `$select` field, or null when every name is known. */
export function selectWarning(select: string): string | null {
  const unknown = unknownSelectNames(select);
  if (unknown.length === 0) return null;
  const names = unknown
    .map((u) => `“${u.name}”${u.suggestion ? ` (did you mean ${u.suggestion}?)` : ''}`)
    .join(', ');
  const what = unknown.length === 1 ? 'is not a result property' : 'are not result properties';
  return `${names} ${what} Flowdesk knows (${knownResultProperties.join(', ')}). You can still send: the server nulls every property $select does not name, so a misspelt name leaves that property out.`;
}
