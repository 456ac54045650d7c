import { describe, expect, it } from 'vitest';
import { goalTypeLabels } from './goalText.ts';
import { indefiniteArticle, withArticle } from './article.ts';

describe('indefiniteArticle', () => {
  it('takes "an" before a vowel sound, after any opening quote', () => {
    expect(withArticle('“Added to project” goal')).toBe('an “Added to project” goal');
    expect(withArticle('option')).toBe('an option');
    expect(indefiniteArticle('hour')).toBe('an');
    expect(indefiniteArticle('8 day wait')).toBe('an');
    expect(indefiniteArticle('11 steps')).toBe('an');
  });

  it('takes "a" before a consonant sound, also when the letter is a vowel', () => {
    expect(withArticle('“Form submitted” goal')).toBe('a “Form submitted” goal');
    expect(indefiniteArticle('user')).toBe('a');
    expect(indefiniteArticle('unique key')).toBe('a');
    expect(indefiniteArticle('one-off goal')).toBe('a');
    expect(indefiniteArticle('7 day wait')).toBe('a');
    expect(indefiniteArticle('')).toBe('a');
  });

  it('fits every goal type label', () => {
    const an = Object.values(goalTypeLabels).filter((l) => indefiniteArticle(`“${l}”`) === 'an');
    expect(an).toEqual(['Added to project', 'Added to selection']);
    expect(indefiniteArticle('110 days')).toBe('a');
  });
});
