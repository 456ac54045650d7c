import { describe, expect, it } from 'vitest';
import { optionTypeMismatchWarning, pathTypeMismatch } from './optionTypeMatch.ts';

const split = { SplitName: 'What did they click?', SplitOptionType: 'LinkClicked' };

describe('a path whose option type does not match what its split splits on', () => {
  it('says which type the path has, what the split splits on, and what to choose', () => {
    expect(optionTypeMismatchWarning('FormSubmission', split)).toBe(
      'This path is for “Form submission”, but its split “What did they click?” splits on “Link clicked”, so no participant may ever take it. It is saved as it is. To match, choose “Link clicked”, or “Everyone else” for whoever the other paths do not take.',
    );
  });

  it('tells a reader what is wrong but not what to choose', () => {
    expect(optionTypeMismatchWarning('FormSubmission', split, false)).toBe(
      'This path is for “Form submission”, but its split “What did they click?” splits on “Link clicked”, so no participant may ever take it. It is saved as it is.',
    );
  });

  it('names an unnamed split as “its split”', () => {
    expect(
      optionTypeMismatchWarning('PersonData', { SplitName: ' ', SplitOptionType: 'FormData' }),
    ).toMatch(/^This path is for “Contact data”, but its split splits on “Form data”/);
  });

  it('is quiet for a matching path, “Everyone else”, or a split with no type yet', () => {
    expect(optionTypeMismatchWarning('LinkClicked', split)).toBeNull();
    expect(optionTypeMismatchWarning('None', split)).toBeNull();
    expect(optionTypeMismatchWarning(null, split)).toBeNull();
    expect(
      optionTypeMismatchWarning('LinkClicked', { SplitName: 'x', SplitOptionType: 'None' }),
    ).toBeNull();
    expect(optionTypeMismatchWarning('LinkClicked', undefined)).toBeNull();
  });
});

describe('what the flow page says under such a path', () => {
  it('gives what is wrong and what to choose apart', () => {
    expect(pathTypeMismatch('FormSubmission', split)).toEqual({
      said: 'This path is for “Form submission”, but its split “What did they click?” splits on “Link clicked”, so no participant may ever take it.',
      advice: 'choose “Link clicked”, or “Everyone else” for whoever the other paths do not take.',
    });
    expect(pathTypeMismatch('LinkClicked', split)).toBeNull();
  });
});
