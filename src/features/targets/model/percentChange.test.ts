import { describe, expect, it } from 'vitest';
import { parsePercent, percentChangeError } from './percentChange.ts';

const de = (n: number) => new Intl.NumberFormat('de-DE').format(n);

describe('percentChangeError', () => {
  it('takes −100 % to a million %, in the user’s format when it refuses', () => {
    expect(percentChangeError(-100, de)).toBeNull();
    expect(percentChangeError(0, de)).toBeNull();
    expect(percentChangeError(1_000_000, de)).toBeNull();
    expect(percentChangeError(-100.01, de)).toBe(
      'Enter -100 or more: below -100 % the targets would be negative (-100 % sets them to 0).',
    );
    expect(percentChangeError(1_000_001, de)).toBe('Enter at most 1.000.000.');
    expect(percentChangeError(Number.NEGATIVE_INFINITY, de)).not.toBeNull();
  });
});

describe('parsePercent', () => {
  it('takes a percentage with or without its % sign, in the user’s format', () => {
    expect(parsePercent('10%', 'en-US')).toBe(10);
    expect(parsePercent('-2,5 %', 'de-DE')).toBe(-2.5);
    expect(parsePercent(' 7 ', 'en-US')).toBe(7);
    expect(parsePercent('', 'en-US')).toBeNull();
    expect(parsePercent('%', 'en-US')).toBeNull();
    expect(parsePercent('10%%', 'en-US')).toBeUndefined();
    expect(parsePercent('% 10', 'en-US')).toBeUndefined();
  });
});
