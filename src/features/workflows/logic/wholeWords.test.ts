import { describe, expect, it } from 'vitest';
import { wholeHyphenatedWords } from './wholeWords.ts';

describe('wholeHyphenatedWords', () => {
  it('keeps a hyphenated word whole, the rest as it is', () => {
    expect(wholeHyphenatedWords('Re-engagement')).toEqual([{ text: 'Re-engagement', whole: true }]);
    expect(wholeHyphenatedWords('Webinar follow-up for no-shows')).toEqual([
      { text: 'Webinar ', whole: false },
      { text: 'follow-up', whole: true },
      { text: ' for ', whole: false },
      { text: 'no-shows', whole: true },
    ]);
    expect(wholeHyphenatedWords('Welcome series')).toEqual([
      { text: 'Welcome series', whole: false },
    ]);
  });

  it('leaves a long word, and a lone or trailing hyphen, free to break', () => {
    const long = 'Registered-did-not-attend-Registered';
    expect(wholeHyphenatedWords(long)).toEqual([{ text: long, whole: false }]);
    expect(wholeHyphenatedWords('A - B')).toEqual([{ text: 'A - B', whole: false }]);
    expect(wholeHyphenatedWords('Pre- and post-')).toEqual([
      { text: 'Pre- and post-', whole: false },
    ]);
  });
});
