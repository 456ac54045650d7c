import { describe, expect, it } from 'vitest';
import { roundedValuesText, type RoundedValue } from './roundedValues.ts';

const months = ['January', 'February', 'March'];
const value = (given: number, kept: number, extra: Partial<RoundedValue> = {}): RoundedValue => ({
  row: 'Inside Sales',
  period: 0,
  given,
  kept,
  currency: 'JPY',
  ...extra,
});

describe('roundedValuesText', () => {
  it('says nothing when nothing was rounded', () => {
    expect(roundedValuesText([], months, 'en')).toBeNull();
  });

  it('names one value, its row and period, in the locale', () => {
    expect(roundedValuesText([value(1234.5, 1235, { period: 1 })], months, 'de')).toBe(
      "1 value was rounded to the currency's smallest unit (JPY): 1.234,5 → 1.235 (Inside Sales, February).",
    );
  });

  it('names the first three and counts the rest', () => {
    const many = [1, 2, 3, 4, 5].map((i) => value(i + 0.4, i, { period: i % 3 }));
    expect(roundedValuesText(many, months, 'en')).toBe(
      "5 values were rounded to the currency's smallest unit (JPY): 1.4 → 1 (Inside Sales, February); 2.4 → 2 (Inside Sales, March); 3.4 → 3 (Inside Sales, January) and 2 more.",
    );
  });

  it('says whole numbers for targets that count things', () => {
    expect(roundedValuesText([value(2.5, 3, { currency: null })], months, 'en')).toBe(
      '1 value was rounded to whole numbers: 2.5 → 3 (Inside Sales, January).',
    );
  });
});
