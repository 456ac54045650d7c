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

/** Up to this wait the message counts seconds; longer, it names the time of day. */
const SECONDS_UP_TO = 90_000;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * The sentence that says when to try again, for a wait the server asked for `answeredAt` (epoch
 * ms): 'Try again in 30 seconds.', 'Try again at 14:05.', or 'Try again in a moment.' when it
 * named none.
 */
export function tryAgainText(waitMs: number | undefined, answeredAt: number): string {
  if (waitMs === undefined || waitMs <= 0) return 'Try again in a moment.';
  if (waitMs <= SECONDS_UP_TO) {
    const seconds = Math.ceil(waitMs / 1000);
    return `Try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`;
  }
  const at = new Date(answeredAt + waitMs);
  return `Try again at ${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}.`;
}
