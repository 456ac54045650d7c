import { beforeEach, describe, expect, it } from 'vitest';
import {
  keepDisplayPreferences,
  PREFERENCES_STORAGE_KEY,
  readDisplayPreferences,
} from './displayPreferences.ts';

const oslo = { language: 'nb', culture: 'nb-NO', timeZone: 'Europe/Oslo' };
const berlin = { language: 'de', culture: 'de-DE', timeZone: 'Europe/Berlin' };
const tenant = 'https://online.superoffice.com/Cust12345';

describe('displayPreferences', () => {
  beforeEach(() => localStorage.clear());

  it('keeps language, culture and time zone per server, in localStorage', () => {
    keepDisplayPreferences('', oslo);
    keepDisplayPreferences(tenant, berlin);
    expect(readDisplayPreferences('')).toEqual(oslo);
    expect(readDisplayPreferences(tenant)).toEqual(berlin);
    expect(readDisplayPreferences('https://elsewhere.example')).toBeNull();
    expect(localStorage.getItem(PREFERENCES_STORAGE_KEY)).toContain('nb-NO');
  });

  it('finds a server however its address was typed (slashes, /api/v1, spaces)', () => {
    keepDisplayPreferences(`${tenant}/api/v1/`, berlin);
    expect(readDisplayPreferences(` ${tenant}/`)).toEqual(berlin);
  });

  it('keeps no credential given with them', () => {
    const connection = { ...oslo, userName: 'admin', password: 'secret', ticket: '7T:abc' };
    keepDisplayPreferences('', connection);
    const stored = localStorage.getItem(PREFERENCES_STORAGE_KEY)!;
    expect(stored).not.toMatch(/admin|secret|7T:abc|password|ticket/);
    expect(readDisplayPreferences('')).toEqual(oslo);
  });

  it('reads nothing from a value it did not write, and writes over it', () => {
    localStorage.setItem(PREFERENCES_STORAGE_KEY, '{not json');
    expect(readDisplayPreferences('')).toBeNull();
    localStorage.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify({ '': { language: 5 } }));
    expect(readDisplayPreferences('')).toBeNull();
    keepDisplayPreferences('', oslo);
    expect(readDisplayPreferences('')).toEqual(oslo);
  });

  it('reads each server’s entry on its own: a bad one costs only that server', () => {
    const { timeZone: _, ...noTimeZone } = berlin;
    localStorage.setItem(
      PREFERENCES_STORAGE_KEY,
      JSON.stringify({
        '': oslo,
        [tenant]: noTimeZone,
        'https://newer.example': { ...berlin, theme: 'dark' },
        v: 2,
      }),
    );
    expect(readDisplayPreferences('')).toEqual(oslo);
    expect(readDisplayPreferences(tenant)).toBeNull();
    // A newer Flowdesk's extra field: its three are still read, and only those.
    expect(readDisplayPreferences('https://newer.example')).toEqual(berlin);
  });

  it('keeps what it does not know untouched when it writes one server’s entry', () => {
    const { timeZone: _, ...noTimeZone } = berlin;
    const before = {
      '': oslo,
      [tenant]: noTimeZone,
      'https://newer.example': { ...berlin, theme: 'dark' },
      v: 2,
    };
    localStorage.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify(before));
    keepDisplayPreferences('https://elsewhere.example', berlin);
    expect(JSON.parse(localStorage.getItem(PREFERENCES_STORAGE_KEY)!)).toEqual({
      ...before,
      'https://elsewhere.example': berlin,
    });
    keepDisplayPreferences(tenant, oslo);
    expect(readDisplayPreferences(tenant)).toEqual(oslo);
    expect(readDisplayPreferences('')).toEqual(oslo);
  });

  it('does without storage where the browser has none', () => {
    expect(readDisplayPreferences('', null)).toBeNull();
    expect(() => keepDisplayPreferences('', oslo, null)).not.toThrow();
  });
});
