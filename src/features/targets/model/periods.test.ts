import { describe, expect, it } from 'vitest';
import { parsePeriodType, periodCount, periodsFor } from './periods.ts';

describe('periods', () => {
  it('has the right number of periods per type', () => {
    expect(periodCount('Year')).toBe(1);
    expect(periodCount('HalfYear')).toBe(2);
    expect(periodCount('Quarter')).toBe(4);
    expect(periodCount('Month')).toBe(12);
  });

  it('names months for the culture', () => {
    const en = periodsFor('Month', 'en-GB');
    expect(en).toHaveLength(12);
    expect(en[0]).toEqual({ index: 0, name: 'January', shortName: 'Jan' });
    expect(en[11].name).toBe('December');
    expect(periodsFor('Month', 'de-DE')[2].name).toBe('März');
    expect(periodsFor('Month', 'nb-NO')[0].name).toBe('januar');
  });

  it('names quarters, halves and the year', () => {
    expect(periodsFor('Quarter', 'en').map((p) => p.name)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(periodsFor('HalfYear', 'en').map((p) => p.name)).toEqual(['H1', 'H2']);
    expect(periodsFor('Year', 'en').map((p) => p.name)).toEqual(['Year']);
  });

  it('falls back to English for an invalid culture', () => {
    expect(periodsFor('Month', 'not_a_locale!')[0].name).toBe('January');
  });

  it('parses period type names', () => {
    expect(parsePeriodType('month')).toBe('Month');
    expect(parsePeriodType('HalfYear')).toBe('HalfYear');
    expect(parsePeriodType('None')).toBeNull();
    expect(parsePeriodType(undefined)).toBeNull();
  });
});
