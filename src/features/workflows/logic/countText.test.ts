import { describe, expect, it } from 'vitest';
import { countOf, durationText } from './countText.ts';

describe('count texts', () => {
  it('puts the noun in the right number', () => {
    expect(countOf(1, 'step')).toBe('1 step');
    expect(countOf(0, 'step')).toBe('0 steps');
    expect(countOf(2, 'group')).toBe('2 groups');
    expect(countOf(1, 'path', 'paths')).toBe('1 path');
  });

  it('reads a count given as text', () => {
    expect(countOf('1', 'day')).toBe('1 day');
    expect(countOf('30', 'day')).toBe('30 days');
    expect(countOf('?', 'day')).toBe('? days');
    expect(countOf(' ', 'day')).toBe('  days');
  });

  it('names a duration by its unit', () => {
    expect(durationText(1, 'Days')).toBe('1 day');
    expect(durationText(2, 'Days')).toBe('2 days');
    expect(durationText(1, 'Hours')).toBe('1 hour');
    expect(durationText(1, 'Fortnight')).toBe('1 fortnight');
  });
});
