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

/** The one-line message of a sandbox result ("message" in its JSON), else the start of the text. */
export function resultHeadline(text: string | null | undefined): string {
  if (!text) return 'No result attributes';
  try {
    const parsed = JSON.parse(text) as { message?: unknown; status?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
    if (typeof parsed.status === 'string') return parsed.status;
  } catch {
    // Not JSON: fall through to the text itself.
  }
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
