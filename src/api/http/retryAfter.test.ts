import { describe, expect, it } from 'vitest';
import { parseRetryAfter, tryAgainText } from './retryAfter.ts';

const now = Date.parse('2026-11-24T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads a number of seconds', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date as the time left until it, none when it has passed', () => {
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:05:00 GMT', now)).toBe(300_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 11:59:00 GMT', now)).toBe(0);
  });

  it('ignores what is neither', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('tryAgainText', () => {
  it('says the seconds when the wait is short', () => {
    expect(tryAgainText(30_000, now)).toBe('Try again in 30 seconds.');
    expect(tryAgainText(1_000, now)).toBe('Try again in 1 second.');
    expect(tryAgainText(400, now)).toBe('Try again in 1 second.');
    expect(tryAgainText(0, now)).toBe('Try again in a moment.');
  });

  it('says the time of day when the wait is long', () => {
    const at = new Date(now + 300_000);
    const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    expect(tryAgainText(300_000, now)).toBe(`Try again at ${hhmm}.`);
  });

  it('says a moment when the server named no wait', () => {
    expect(tryAgainText(undefined, now)).toBe('Try again in a moment.');
  });
});
