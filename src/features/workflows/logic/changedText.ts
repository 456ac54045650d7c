/**
 * When a flow last changed, in the culture and time zone chosen under Settings (the browser's
 * when none is set, or when the one set is unknown to it); the raw text when unreadable.
 */
export function changedText(
  iso: string | null | undefined,
  opts: { locale?: string; timeZone?: string } = {},
): string {
  if (!iso) return '–';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const style = { dateStyle: 'medium', timeStyle: 'short' } as const;
  try {
    return new Intl.DateTimeFormat(opts.locale || undefined, {
      ...style,
      timeZone: opts.timeZone || undefined,
    }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, style).format(date);
  }
}
