import { describe, expect, it } from 'vitest';
import { filterByName, formatUpdated } from './formatUpdated.ts';

describe('formatUpdated', () => {
  it('shows the time in the given time zone', () => {
    const iso = '2016-01-18T11:17:15.088-08:00';
    expect(formatUpdated(iso, { locale: 'en-GB', timeZone: 'UTC' })).toBe('18 Jan 2016, 19:17');
    expect(formatUpdated(iso, { locale: 'en-GB', timeZone: 'Europe/Oslo' })).toBe(
      '18 Jan 2016, 20:17',
    );
  });

  it('shows a time without a zone as it states it, and 0001-01-01 as no date', () => {
    expect(formatUpdated('2026-03-01T09:30:00', { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe(
      '1 Mar 2026, 09:30',
    );
    expect(formatUpdated('0001-01-01T00:00:00', { locale: 'en-GB' })).toBe('');
  });

  it('falls back for unknown zones and keeps unreadable text', () => {
    expect(
      formatUpdated('2019-05-03T15:35:50.783Z', { locale: 'en-GB', timeZone: 'Mars/Base' }),
    ).toMatch(/2019/);
    expect(formatUpdated('yesterday')).toBe('yesterday');
    expect(formatUpdated(null)).toBe('');
  });
});

describe('filterByName', () => {
  const items = [{ Name: 'Support ticket triage' }, { Name: 'User 2FA workflow' }];
  it('matches part of the name, ignoring case and spaces around', () => {
    expect(filterByName(items, '  TICKET ')).toEqual([items[0]]);
    expect(filterByName(items, '')).toEqual(items);
    expect(filterByName(items, 'nothing')).toEqual([]);
  });
});
