import { describe, expect, it } from 'vitest';
import { missingValues } from './missingValues.ts';

describe('missingValues', () => {
  it('asks for what each kind of operator needs', () => {
    expect(missingValues('contains', [''])).toBe('Enter a value.');
    expect(missingValues('contains', ['  '])).toBe('Enter a value.');
    expect(missingValues('contains', ['@'])).toBeNull();
    expect(missingValues('between', ['1', ''])).toBe('Enter both values.');
    expect(missingValues('between', ['1', '5'])).toBeNull();
    expect(missingValues('oneOf', [])).toBe('Choose at least one value.');
    expect(missingValues('oneOf', ['2'])).toBeNull();
    expect(missingValues('set', [])).toBeNull();
    expect(missingValues('=', ['0'])).toBeNull();
    // Operators the app does not know may take no value: never refused.
    expect(missingValues('thisWeek', [])).toBeNull();
  });

  it('names what to enter for the field’s type, as its editor asks for it', () => {
    expect(missingValues('=', [''], 'date')).toBe('Enter a date.');
    expect(missingValues('before', [' '], 'date')).toBe('Enter a date.');
    expect(missingValues('between', ['2026-01-01', ''], 'date')).toBe('Enter both dates.');
    expect(missingValues('lastXDays', [''], 'date')).toBe('Enter the number of days.');
    expect(missingValues('>', [''], 'number')).toBe('Enter a number.');
    expect(missingValues('between', ['', ''], 'number')).toBe('Enter both numbers.');
    expect(missingValues('contains', [''], 'text')).toBe('Enter a value.');
    expect(missingValues('oneOf', [], 'list')).toBe('Choose at least one value.');
    expect(missingValues('=', [''], 'bool')).toBe('Choose Yes or No.');
    expect(missingValues('=', ['2026-01-01'], 'date')).toBeNull();
  });
});
