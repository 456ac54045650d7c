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
});
