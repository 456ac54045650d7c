import { formatDateTime, type DateTimeSettings } from '../../../app/locale/formatDateTime.ts';

/** When a flow last changed, in the user's culture and time zone; the raw text when unreadable. */
export function changedText(
  iso: string | null | undefined,
  settings: DateTimeSettings = {},
): string {
  if (!iso) return '–';
  return formatDateTime(iso, settings) ?? iso;
}
