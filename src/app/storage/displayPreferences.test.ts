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

  it('does without storage where the browser has none', () => {
    expect(readDisplayPreferences('', null)).toBeNull();
    expect(() => keepDisplayPreferences('', oslo, null)).not.toThrow();
  });
});
