/** The culture and time zone chosen at sign-in or under Settings; either may be unset. */
export interface DateTimeSettings {
  locale?: string;
  timeZone?: string;
}

const mediumShort: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/**
 * A date and time in the user's culture and time zone, so every page shows the same moment the
 * same way. An unknown culture or time zone falls back to the browser's (the page stays usable);
 * an unreadable date gives null, for the caller to show what it had.
 */
export function formatDateTime(
  when: Date | string | number,
  settings: DateTimeSettings = {},
  style: Intl.DateTimeFormatOptions = mediumShort,
): string | null {
  const date = when instanceof Date ? when : new Date(when);
  if (Number.isNaN(date.getTime())) return null;
  const timeZone = settings.timeZone || undefined;
  try {
    return new Intl.DateTimeFormat(settings.locale || undefined, { ...style, timeZone }).format(
      date,
    );
  } catch {
    // Without the culture first: the time zone may be right (a wall-clock time is shown in UTC).
    try {
      return new Intl.DateTimeFormat(undefined, { ...style, timeZone }).format(date);
    } catch {
      return new Intl.DateTimeFormat(undefined, style).format(date);
    }
  }
}
