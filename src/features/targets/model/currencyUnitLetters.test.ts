import { describe, expect, it } from 'vitest';
import { foreignCurrency, parseLocaleNumber } from './numberText.ts';

/**
 * Japanese, Chinese and Korean sheets write amounts with the currency's one-letter unit after
 * them ("1,234円", "1,234元", "1,234원"), where Intl writes a sign ("￥1,234").
 */
describe('an amount written with its currency’s one-letter unit (円, 元, 원)', () => {
  const own: [string, string, string, number][] = [
    ['1,234円', 'ja-JP', 'JPY', 1234],
    ['1,234 円', 'en-US', 'JPY', 1234],
    ['-1,234円', 'ja-JP', 'JPY', -1234],
    ['(1,234円)', 'en-US', 'JPY', -1234],
    ['1,234.50元', 'zh-CN', 'CNY', 1234.5],
    ['1,234원', 'ko-KR', 'KRW', 1234],
    ['1,234,567원', 'en-US', 'KRW', 1234567],
  ];
  it.each(own)('%s (%s) in a %s row is %d', (text, locale, currency, value) => {
    expect(parseLocaleNumber(text, locale, currency)).toBe(value);
    expect(foreignCurrency(text, locale, currency)).toBeNull();
  });

  const foreign: [string, string, string | null, string][] = [
    ['1,234円', 'en-US', 'NOK', '円'],
    ['1,234円', 'ja-JP', 'CNY', '円'],
    ['1,234元', 'zh-CN', 'JPY', '元'],
    ['1,234원', 'en-US', 'USD', '원'],
    ['1,234円', 'en-US', null, '円'],
  ];
  it.each(foreign)(
    '%s (%s) in a %s row is another currency: %s',
    (text, locale, currency, mark) => {
      expect(parseLocaleNumber(text, locale, currency)).toBeUndefined();
      expect(foreignCurrency(text, locale, currency)).toBe(mark);
    },
  );

  it('reads such a letter alone, before the number or between digits as no number', () => {
    for (const text of ['円', '円1,234', '1円234', '1,234円円']) {
      expect(parseLocaleNumber(text, 'ja-JP', 'JPY')).toBeUndefined();
    }
  });
});
