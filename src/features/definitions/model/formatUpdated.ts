/** A definition's Updated timestamp in the user's time zone and locale; the raw text if unreadable. */
export function formatUpdated(
  iso: string | null | undefined,
  opts: { locale?: string; timeZone?: string } = {},
): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(opts.locale || undefined, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: opts.timeZone || undefined,
    }).format(date);
  } catch {
    // An unknown time zone or locale: fall back to the browser's.
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
      date,
    );
  }
}

/** Definitions whose name contains the search text (case-insensitive). */
export function filterByName<T extends { Name: string }>(items: readonly T[], search: string): T[] {
  const q = search.trim().toLowerCase();
  return q ? items.filter((d) => d.Name.toLowerCase().includes(q)) : [...items];
}
