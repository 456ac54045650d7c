import type { DateTimeSettings } from '../../../app/locale/formatDateTime.ts';
import { formatServerDateTime } from '../../../app/locale/serverDateTime.ts';

/**
 * A definition's Updated timestamp in the user's time zone and locale (the platform sends an
 * offset or Z; one without is shown as it states it); '' for none, the raw text if unreadable.
 */
export function formatUpdated(
  iso: string | null | undefined,
  settings: DateTimeSettings = {},
): string {
  return formatServerDateTime(iso, settings) ?? '';
}

/** Definitions whose name contains the search text (case-insensitive). */
export function filterByName<T extends { Name: string }>(items: readonly T[], search: string): T[] {
  const q = search.trim().toLowerCase();
  return q ? items.filter((d) => d.Name.toLowerCase().includes(q)) : [...items];
}
