import { formatDateTime, type DateTimeSettings } from './formatDateTime.ts';

/**
 * A date-time as a server sent it:
 * - none: SuperOffice's "no date" (0001-01-01T00:00:00, .NET's DateTime.MinValue), or nothing;
 * - wallClock: no zone ("2026-03-01T09:30:00"), as SuperOffice sends its times: already in its
 *   own zone, so the time it states is the time to show. Kept as that wall-clock time in UTC;
 * - instant: with Z or an offset (the Akana platform, the sandbox): one moment, to be shown in
 *   the user's time zone.
 */
export type ServerDateTime =
  { kind: 'none' } | { kind: 'wallClock'; asUtc: Date } | { kind: 'instant'; date: Date };

const ZONELESS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?$/;
const ZONED = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Reads a server's date-time; null when it is not one. */
export function readServerDateTime(text: string | null | undefined): ServerDateTime | null {
  const t = text?.trim() ?? '';
  if (t === '' || t.startsWith('0001-01-01')) return { kind: 'none' };
  const parts = ZONELESS.exec(t);
  if (parts) {
    const [year, month, day, hour = 0, minute = 0, second = 0] = parts.slice(1, 7).map(Number);
    const ms = Number((parts[7] ?? '').padEnd(3, '0').slice(0, 3));
    const asUtc = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
    asUtc.setUTCFullYear(year); // Date.UTC reads years 0–99 as 1900–1999
    // Date.UTC rolls 30 February over into March: that is no date the server meant.
    const same = asUtc.getUTCMonth() === month - 1 && asUtc.getUTCDate() === day;
    return same && hour < 24 ? { kind: 'wallClock', asUtc } : null;
  }
  if (!ZONED.test(t)) return null;
  const date = new Date(t);
  return Number.isNaN(date.getTime()) ? null : { kind: 'instant', date };
}

/**
 * A server's date-time in the user's culture: a zone-less one as the wall-clock time it states
 * (never shifted by the browser's or the Settings time zone), one with a zone in the Settings
 * time zone. Null for no date; text that is not a date-time comes back as it is.
 */
export function formatServerDateTime(
  text: string | null | undefined,
  settings: DateTimeSettings = {},
  style?: Intl.DateTimeFormatOptions,
): string | null {
  const read = readServerDateTime(text);
  if (read === null) return text ?? null;
  switch (read.kind) {
    case 'none':
      return null;
    case 'wallClock':
      return formatDateTime(read.asUtc, { locale: settings.locale, timeZone: 'UTC' }, style);
    case 'instant':
      return formatDateTime(read.date, settings, style);
  }
}
