import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyFormat } from '../grid/numberFormat.ts';
import { parseLocaleNumber } from './numberText.ts';
import { parseOwnNumberFormat } from './ownNumberFormat.ts';

/** Cultures a user may choose, with every kind of digits, grouping and sign seen in Intl. */
const CULTURES = [
  ...['en-US', 'en-GB', 'en-IN', 'en-ZA', 'en-CH', 'hi-IN', 'ta-IN', 'te-IN', 'mr-IN', 'bn-BD'],
  ...['de-DE', 'de-CH', 'de-AT', 'de-LI', 'fr-FR', 'fr-CH', 'it-CH', 'rm-CH', 'nb-NO', 'sv-SE'],
  ...['fi-FI', 'da-DK', 'is-IS', 'nl-NL', 'es-ES', 'es-MX', 'es-419', 'pt-BR', 'pt-PT', 'it-IT'],
  ...['pl-PL', 'cs-CZ', 'sk-SK', 'hu-HU', 'ro-RO', 'bg-BG', 'ru-RU', 'uk-UA', 'be-BY', 'kk-KZ'],
  ...['lt-LT', 'lv-LV', 'et-EE', 'sl-SI', 'hr-HR', 'sr-RS', 'mk-MK', 'sq-AL', 'el-GR', 'tr-TR'],
  ...['ka-GE', 'hy-AM', 'mn-MN', 'ja-JP', 'zh-CN', 'zh-TW', 'ko-KR', 'th-TH', 'vi-VN', 'id-ID'],
  ...['km-KH', 'lo-LA', 'my-MM', 'ne-NP', 'dz-BT', 'si-LK', 'ar-EG', 'ar-SA', 'ar-MA', 'ar-AE'],
  ...['fa-IR', 'ps-AF', 'ur-PK', 'he-IL', 'af-ZA', 'ga-IE', 'gsw', 'en-US-u-nu-arab'],
  ...['th-TH-u-nu-thai', 'hi-IN-u-nu-deva'],
];

describe('numbers written as the culture writes them', () => {
  it('read back exactly what the grid shows, in every culture (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CULTURES),
        fc.constantFrom(0, 2, 3),
        fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }),
        (culture, decimals, minor) => {
          const value = minor / 10 ** decimals;
          const shown = moneyFormat(culture, decimals)(value);
          expect(parseLocaleNumber(shown, culture)).toBe(value);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('read the culture’s digits and grouping, and nothing else', () => {
    expect(parseOwnNumberFormat('26,55,000', 'en-IN')).toBe(2_655_000);
    expect(parseOwnNumberFormat('٢٬٦٥٥٬٠٠٠٫٠٥', 'ar-EG')).toBe(2_655_000.05);
    expect(parseOwnNumberFormat('\u061c-١٬٠٠٠', 'ar-EG')).toBe(-1000);
    expect(parseOwnNumberFormat('२६,५५,०००', 'mr-IN')).toBe(2_655_000);
    expect(parseOwnNumberFormat('2655000', 'en-IN')).toBe(2_655_000);
    // Grouped otherwise than the culture groups, or not a number: not read.
    expect(parseOwnNumberFormat('2,6,55,000', 'en-IN')).toBeUndefined();
    expect(parseOwnNumberFormat('26,55,000.', 'en-IN')).toBeUndefined();
    expect(parseOwnNumberFormat('12a', 'en-IN')).toBeUndefined();
    expect(parseLocaleNumber('2,6,55,000', 'en-IN')).toBeUndefined();
  });
});
