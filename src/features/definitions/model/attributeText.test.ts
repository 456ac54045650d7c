import { describe, expect, it } from 'vitest';
import { attributeText } from './attributeText.ts';

describe('attributeText', () => {
  it('decodes the predefined entities and character references', () => {
    expect(attributeText('A &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;')).toBe(`A <b> & "c" 'd'`);
    expect(attributeText('Caf&#233; &#x1F600; &#X41;')).toBe('Café 😀 &#X41;');
  });

  it('decodes in one pass', () => {
    expect(attributeText('&amp;lt; &amp;#233;')).toBe('&lt; &#233;');
  });

  it('turns literal tabs and line breaks into spaces, but keeps referenced ones', () => {
    expect(attributeText('a\tb\r\nc&#10;d')).toBe('a b c\nd');
  });

  it('leaves references to characters XML does not allow as written', () => {
    expect(attributeText('&#0; &#x110000; &#99999999999;')).toBe('&#0; &#x110000; &#99999999999;');
  });
});
