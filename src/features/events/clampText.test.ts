import { describe, expect, it } from 'vitest';
import { isLongText } from './clampText.ts';

describe('isLongText', () => {
  it('clamps long or many-line text, not short text', () => {
    expect(isLongText('personId=12&formId=3')).toBe(false);
    expect(isLongText('x'.repeat(80))).toBe(false);
    expect(isLongText('x'.repeat(81))).toBe(true);
    expect(isLongText('a\nb')).toBe(false);
    expect(isLongText('a\nb\nc')).toBe(true);
  });
});
