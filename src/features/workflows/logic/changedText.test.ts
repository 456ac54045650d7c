import { describe, expect, it } from 'vitest';
import { changedText } from './changedText.ts';

describe('when a flow last changed', () => {
  it('is written in the culture and time zone from Settings', () => {
    const at = '2026-01-15T09:00:00Z';
    expect(changedText(at, { locale: 'de-DE', timeZone: 'Europe/Oslo' })).toBe('15.01.2026, 10:00');
    expect(changedText(at, { locale: 'en-US', timeZone: 'America/New_York' })).toBe(
      'Jan 15, 2026, 4:00 AM',
    );
  });

  it('falls back to the browser for an unknown time zone, and shows missing or unreadable dates', () => {
    expect(changedText('2026-01-15T09:00:00Z', { timeZone: 'Mars/Olympus' })).toMatch(/2026/);
    expect(changedText(null)).toBe('–');
    expect(changedText('yesterday')).toBe('yesterday');
  });

  // A tenant's UpdatedDate has no zone: it is the tenant's time, not the browser's.
  it('writes a time without a zone as it states it, and 0001-01-01 as no date', () => {
    expect(
      changedText('2026-03-01T09:30:00', { locale: 'en-GB', timeZone: 'America/New_York' }),
    ).toBe('1 Mar 2026, 09:30');
    expect(changedText('0001-01-01T00:00:00', { locale: 'en-GB' })).toBe('–');
  });
});
