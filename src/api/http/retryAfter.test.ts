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
    expect(tryAgainText(30_000)).toBe('Try again in 30 seconds.');
    expect(tryAgainText(1_000)).toBe('Try again in 1 second.');
    expect(tryAgainText(400)).toBe('Try again in 1 second.');
    expect(tryAgainText(0)).toBe('Try again in a moment.');
  });

  it('says the minutes left, rounded up, when the wait is long (no clock time: the zone may differ)', () => {
    expect(tryAgainText(300_000)).toBe('Try again in about 5 minutes.');
    expect(tryAgainText(90_001)).toBe('Try again in about 2 minutes.');
    expect(tryAgainText(61 * 60_000)).toBe('Try again in about 61 minutes.');
    expect(tryAgainText(90 * 60_000)).toBe('Try again in about 90 minutes.');
  });

  it('says the hours left, rounded up, when the wait is longer', () => {
    expect(tryAgainText(90 * 60_000 + 1)).toBe('Try again in about 2 hours.');
    expect(tryAgainText(5 * 3_600_000)).toBe('Try again in about 5 hours.');
    expect(tryAgainText(48 * 3_600_000)).toBe('Try again in about 48 hours.');
  });

  it('says a moment when the server named no wait', () => {
    expect(tryAgainText(undefined)).toBe('Try again in a moment.');
  });
});
