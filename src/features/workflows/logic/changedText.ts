import type { DateTimeSettings } from '../../../app/locale/formatDateTime.ts';
import { formatServerDateTime } from '../../../app/locale/serverDateTime.ts';

/**
 * When a flow last changed, in the user's culture: a tenant's zone-less time as it states it, a
 * time with a zone in the user's time zone; '–' for none, the raw text when unreadable.
 */
export function changedText(
  iso: string | null | undefined,
  settings: DateTimeSettings = {},
): string {
  return formatServerDateTime(iso, settings) ?? '–';
}
