import { describe, expect, it } from 'vitest';
import { blankLiteralSections } from './literalSections.ts';

describe('blankLiteralSections', () => {
  it('blanks comments, CDATA and processing instructions, keeping length and newlines', () => {
    const text = '<?pi <!ENTITY?>\n<a><!-- &x;\n--><![CDATA[<!ENTITY]]>&amp;</a>';
    const blanked = blankLiteralSections(text);
    expect(blanked).toHaveLength(text.length);
    expect(blanked).toBe(`${' '.repeat(15)}\n<a>${' '.repeat(8)}\n${' '.repeat(23)}&amp;</a>`);
  });

  it('keeps a DOCTYPE whole, even a comment-like string inside it', () => {
    const text = '<!DOCTYPE w SYSTEM "<!--" [<!ENTITY a "-->">]><w/>';
    expect(blankLiteralSections(text)).toBe(text);
  });
});
