/**
 * How long a server that answered 429 (Too Many Requests) or 503 (Service Unavailable) asks to be
 * left alone: its Retry-After header, in milliseconds from `now`. The header is a number of
 * seconds or an HTTP date (RFC 9110 §10.2.3); a date already past asks for no wait. Anything
 * else (a fraction, a negative number, words) is no answer, so the caller keeps its own wait.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only a date has letters (the day and month names); Date.parse would take '1.5' as a date.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Up to this wait the message counts seconds; longer, minutes. */
const SECONDS_UP_TO = 90_000;
/** Up to this wait the message counts minutes; longer, hours. */
const MINUTES_UP_TO = 90 * 60_000;

const counted = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/**
 * The sentence that says when to try again, for a wait the server asked for: 'Try again in 30
 * seconds.', 'Try again in about 5 minutes.', 'Try again in about 2 hours.', or 'Try again in a
 * moment.' when it named none. Long waits are rounded up rather than named as a time of day: the
 * browser's clock is in its own zone, not the one the user chose in Settings.
 */
export function tryAgainText(waitMs: number | undefined): string {
  if (waitMs === undefined || waitMs <= 0) return 'Try again in a moment.';
  if (waitMs <= SECONDS_UP_TO)
    return `Try again in ${counted(Math.ceil(waitMs / 1000), 'second')}.`;
  if (waitMs <= MINUTES_UP_TO)
    return `Try again in about ${counted(Math.ceil(waitMs / 60_000), 'minute')}.`;
  return `Try again in about ${counted(Math.ceil(waitMs / 3_600_000), 'hour')}.`;
}
