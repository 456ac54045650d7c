import { describe, expect, it } from 'vitest';
import {
  cultureField,
  isKnownCulture,
  isKnownTimeZone,
  isLanguageCode,
  languageField,
  timeZoneField,
} from './localeRules.ts';

describe('locale rules', () => {
  it('knows cultures Intl can format for, and refuses malformed or unknown tags', () => {
    for (const tag of ['en', 'en-GB', 'nb-NO', 'de-CH', 'sv'])
      expect(isKnownCulture(tag)).toBe(true);
    for (const tag of ['en_GB', '123', 'zz-ZZ', 'english', 'Norwegian', ' en'])
      expect(isKnownCulture(tag)).toBe(false);
  });

  it('knows IANA time zones and UTC, and refuses misspelt ones', () => {
    for (const tz of ['UTC', 'Europe/Oslo', 'America/New_York'])
      expect(isKnownTimeZone(tz)).toBe(true);
    for (const tz of ['Europe/Olso', 'Mars/Base', 'Oslo', ''])
      expect(isKnownTimeZone(tz)).toBe(false);
  });

  it('takes language codes, and refuses text that cannot be sent as a header', () => {
    for (const tag of ['en', 'nb', 'ja', 'pt-BR', 'zh-Hant-TW'])
      expect(isLanguageCode(tag)).toBe(true);
    for (const tag of ['日本語', 'en gb', 'en_GB', 'e', '', 'en-', 'français'])
      expect(isLanguageCode(tag)).toBe(false);
    expect(languageField.parse(' nb ')).toBe('nb');
    expect(languageField.safeParse('日本語').error?.issues[0]?.message).toBe(
      'Enter a language code such as en.',
    );
  });

  it('the fields keep tags and zone names as they are written, whatever case they were typed in', () => {
    expect(languageField.parse('EN')).toBe('en');
    expect(languageField.parse(' pt-br ')).toBe('pt-BR');
    expect(cultureField.parse('NB-no')).toBe('nb-NO');
    expect(timeZoneField.parse(' europe/berlin ')).toBe('Europe/Berlin');
    expect(timeZoneField.parse('utc')).toBe('UTC');
    expect(timeZoneField.parse('America/New_York')).toBe('America/New_York');
    // Still refused when unknown, in any case.
    expect(timeZoneField.safeParse('europe/olso').success).toBe(false);
  });

  it('the fields allow empty (not sent), trim, and name the problem', () => {
    expect(cultureField.parse('')).toBe('');
    expect(cultureField.parse(' en-GB ')).toBe('en-GB');
    expect(timeZoneField.parse('')).toBe('');
    expect(timeZoneField.parse(' Europe/Oslo ')).toBe('Europe/Oslo');
    const culture = cultureField.safeParse('en_GB');
    expect(culture.error?.issues[0]?.message).toBe(
      'Unknown culture: use a language tag such as en-GB or nb-NO.',
    );
    const tz = timeZoneField.safeParse('Europe/Olso');
    expect(tz.error?.issues[0]?.message).toBe(
      'Unknown time zone: use an IANA name such as Europe/Oslo.',
    );
  });
});
