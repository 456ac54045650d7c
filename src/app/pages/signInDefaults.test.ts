import { describe, expect, it } from 'vitest';
import { defaultConnection } from '../../api/session/connection.ts';
import { displayDefaults, signInDefaults } from './signInDefaults.ts';

const oslo = { language: 'nb', culture: 'nb-NO', timeZone: 'Europe/Oslo' };

describe('signInDefaults', () => {
  it('starts from this tab’s connection when there is one', () => {
    const previous = { ...defaultConnection(), userName: 'admin', culture: 'sv-SE' };
    expect(signInDefaults(previous, () => oslo)).toMatchObject({
      userName: 'admin',
      culture: 'sv-SE',
    });
  });

  it('else from what this browser kept for the server, with no user name', () => {
    const asked: string[] = [];
    const start = signInDefaults(null, (baseUrl) => {
      asked.push(baseUrl);
      return oslo;
    });
    expect(asked).toEqual(['']);
    expect(start).toMatchObject({ ...oslo, userName: '', password: '', scheme: 'basic' });
  });

  it('else from the browser’s own language, culture and time zone', () => {
    const browser = defaultConnection();
    expect(signInDefaults(null, () => null)).toMatchObject({
      language: browser.language,
      culture: browser.culture,
      timeZone: browser.timeZone,
    });
    expect(displayDefaults(null)).toEqual({
      language: browser.language,
      culture: browser.culture,
      timeZone: browser.timeZone,
    });
    expect(displayDefaults(oslo)).toEqual(oslo);
  });
});
