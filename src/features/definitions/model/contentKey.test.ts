import { describe, expect, it } from 'vitest';
import { contentKey } from './contentKey.ts';

describe('contentKey', () => {
  it('is the same for the same text, whatever its line ends or byte order mark', () => {
    const text = '<workflow>\n  <steps/>\n</workflow>\n';
    expect(contentKey(text)).toBe(contentKey(text));
    expect(contentKey(text.replace(/\n/g, '\r\n'))).toBe(contentKey(text));
    expect(contentKey(`\uFEFF${text}`)).toBe(contentKey(text));
  });

  it('differs for texts that differ by one character or in length', () => {
    expect(contentKey('<workflow name="a"/>')).not.toBe(contentKey('<workflow name="b"/>'));
    expect(contentKey('<workflow/>')).not.toBe(contentKey('<workflow/> '));
  });
});
