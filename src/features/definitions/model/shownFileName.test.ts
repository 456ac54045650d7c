import { describe, expect, it } from 'vitest';
import { shownFileName } from './shownFileName.ts';

describe('shownFileName', () => {
  it('drops a right-to-left override that would show "evil.xml" as "lmx.live"', () => {
    expect(shownFileName('weird \u202Eevil.xml')).toBe('weird evil.xml');
  });

  it('drops every bidi embedding, isolate and mark, and keeps other characters', () => {
    expect(shownFileName('\u2067a\u2069\u200Fb\u202Bc\u202C \u00E9 😀 עברית.xml')).toBe(
      'abc é 😀 עברית.xml',
    );
  });
});
