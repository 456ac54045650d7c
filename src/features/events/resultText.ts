/** Attributes as readable text: JSON pretty-printed, anything else as it is. */
export function formatAttributes(text: string | null | undefined): string {
  if (!text) return '';
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? JSON.stringify(parsed, null, 2) : text;
  } catch {
    return text;
  }
}

/**
 * The one-line message of a sandbox result ("message" in its JSON), else the start of the text.
 * Without attributes, whether `$select` left them out (asked for) or the server sent none.
 */
export function resultHeadline(
  text: string | null | undefined,
  select?: string | null | undefined,
): string {
  if (!text)
    return selectLeavesOut(select, 'Attributes')
      ? 'Result attributes not requested ($select)'
      : 'No result attributes';
  try {
    const parsed = JSON.parse(text) as { message?: unknown; status?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
    if (typeof parsed.status === 'string') return parsed.status;
  } catch {
    // Not JSON: fall through to the text itself.
  }
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/**
 * Whether `$select` leaves `property` out, so the server sends it as null. As on the server:
 * names match case-insensitively and `a/b` keeps `a`; an empty `$select` keeps everything.
 */
export function selectLeavesOut(select: string | null | undefined, property: string): boolean {
  const keep = (select ?? '')
    .split(',')
    .map((s) => s.trim().split('/')[0].toLowerCase())
    .filter(Boolean);
  return keep.length > 0 && !keep.includes(property.toLowerCase());
}

/** What the Result card shows for a property that came back null (never the word "null"). */
export function nullValueText(property: string, select: string | null | undefined): string {
  return selectLeavesOut(select, property) ? 'not returned ($select)' : 'none returned';
}
