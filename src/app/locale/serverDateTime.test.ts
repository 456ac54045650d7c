import { afterEach, describe, expect, it } from 'vitest';
import { formatServerDateTime, readServerDateTime } from './serverDateTime.ts';

const browserZone = process.env.TZ;
/** Runs as a browser in another time zone would (Node reads TZ afresh when it is set). */
function inBrowserZone(zone: string) {
  process.env.TZ = zone;
}

describe('a date-time a server sent', () => {
  afterEach(() => {
    if (browserZone === undefined) delete process.env.TZ;
    else process.env.TZ = browserZone;
  });

  // SuperOffice sends "2026-03-01T09:30:00": already the time in its zone, stated as a wall clock.
  it('without a zone shows the wall-clock time it states, whatever the browser’s or Settings’ zone', () => {
    inBrowserZone('Europe/Oslo');
    const tenant = '2026-03-01T09:30:00';
    expect(formatServerDateTime(tenant, { locale: 'en-GB', timeZone: 'America/New_York' })).toBe(
      '1 Mar 2026, 09:30',
    );
    expect(formatServerDateTime(tenant, { locale: 'en-GB' })).toBe('1 Mar 2026, 09:30');
    inBrowserZone('Pacific/Auckland');
    expect(formatServerDateTime(tenant, { locale: 'de-DE', timeZone: 'Asia/Tokyo' })).toBe(
      '01.03.2026, 09:30',
    );
    expect(formatServerDateTime('2026-03-01T09:30:59.1234567', { locale: 'en-GB' })).toBe(
      '1 Mar 2026, 09:30',
    );
  });

  it('without a zone keeps its time with a culture the browser does not know', () => {
    inBrowserZone('Europe/Oslo');
    expect(formatServerDateTime('2026-03-01T09:30:00', { locale: 'not a locale!' })).toMatch(
      /9:30/,
    );
  });

  it('with Z or an offset is converted to the Settings time zone', () => {
    inBrowserZone('Europe/Oslo');
    const settings = { locale: 'en-GB', timeZone: 'America/New_York' };
    expect(formatServerDateTime('2026-03-01T09:30:00Z', settings)).toBe('1 Mar 2026, 04:30');
    expect(formatServerDateTime('2016-01-18T11:17:15.088-08:00', settings)).toBe(
      '18 Jan 2016, 14:17',
    );
  });

  // .NET's DateTime.MinValue is SuperOffice's "no date".
  it('0001-01-01T00:00:00, or nothing at all, is no date', () => {
    for (const none of ['0001-01-01T00:00:00', '0001-01-01T00:00:00Z', '', null, undefined])
      expect(formatServerDateTime(none, { locale: 'en-GB' }), String(none)).toBeNull();
    expect(readServerDateTime('0001-01-01T00:00:00')).toEqual({ kind: 'none' });
  });

  it('that cannot be read is shown as it came', () => {
    expect(formatServerDateTime('yesterday')).toBe('yesterday');
    expect(formatServerDateTime('2026-02-30T10:00:00')).toBe('2026-02-30T10:00:00');
    expect(readServerDateTime('2026-02-30T10:00:00')).toBeNull();
  });

  it('takes another style, such as the date alone', () => {
    expect(
      formatServerDateTime('2026-03-01T23:30:00', { locale: 'en-GB' }, { dateStyle: 'medium' }),
    ).toBe('1 Mar 2026');
  });
});
