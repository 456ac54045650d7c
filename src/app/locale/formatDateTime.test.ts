import { describe, expect, it } from 'vitest';
import { formatDateTime } from './formatDateTime.ts';

describe('formatDateTime', () => {
  const at = '2026-01-15T09:00:00Z';

  it('writes the moment in the chosen culture and time zone', () => {
    expect(formatDateTime(at, { locale: 'de-DE', timeZone: 'Asia/Tokyo' })).toBe(
      '15.01.2026, 18:00',
    );
    expect(formatDateTime(new Date(at), { locale: 'en-GB', timeZone: 'UTC' })).toBe(
      '15 Jan 2026, 09:00',
    );
  });

  it('takes another style, such as the time alone', () => {
    expect(
      formatDateTime(at, { locale: 'en-GB', timeZone: 'Europe/Oslo' }, { timeStyle: 'medium' }),
    ).toBe('10:00:00');
  });

  it("falls back to the browser's settings for an unknown time zone or culture", () => {
    expect(formatDateTime(at, { timeZone: 'Mars/Olympus' })).toMatch(/2026/);
    expect(formatDateTime(at, { locale: 'not a locale!' })).toMatch(/2026/);
  });

  it('gives null for a date it cannot read', () => {
    expect(formatDateTime('yesterday')).toBeNull();
  });
});
