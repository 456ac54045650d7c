import { describe, expect, it } from 'vitest';
import { datePart } from './datePart.ts';

describe('datePart', () => {
  it('takes the calendar day of a date stored with or without a time', () => {
    expect(datePart('2026-03-01')).toBe('2026-03-01');
    expect(datePart('2026-03-01T00:00:00')).toBe('2026-03-01');
    expect(datePart(' 2026-03-01T13:45:00.000Z ')).toBe('2026-03-01');
  });

  it('gives null for text that is no date', () => {
    expect(datePart('yesterday')).toBeNull();
    expect(datePart('')).toBeNull();
  });
});
