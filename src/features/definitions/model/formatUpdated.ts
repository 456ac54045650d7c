import { formatDateTime, type DateTimeSettings } from '../../../app/locale/formatDateTime.ts';

/** A definition's Updated timestamp in the user's time zone and locale; the raw text if unreadable. */
export function formatUpdated(
  iso: string | null | undefined,
  settings: DateTimeSettings = {},
): string {
  if (!iso) return '';
  return formatDateTime(iso, settings) ?? iso;
}

/** Definitions whose name contains the search text (case-insensitive). */
export function filterByName<T extends { Name: string }>(items: readonly T[], search: string): T[] {
  const q = search.trim().toLowerCase();
  return q ? items.filter((d) => d.Name.toLowerCase().includes(q)) : [...items];
}
