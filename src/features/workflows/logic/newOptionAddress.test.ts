import { describe, expect, it } from 'vitest';
import { newOptionAddress } from './newOptionAddress.ts';

describe('newOptionAddress', () => {
  it('starts a new option as the split’s kind of path, not another “Everyone else”', () => {
    const options = [
      { OptionType: 'None', Rank: 3 },
      { OptionType: 'LinkClicked', Rank: 2 },
      { OptionType: 'FormSubmission', Rank: 1 },
    ];
    expect(newOptionAddress(1, 3, options)).toBe(
      '/workflows/1/options/new?step=3&type=FormSubmission',
    );
    expect(newOptionAddress(1, 3, options.slice(0, 2))).toBe(
      '/workflows/1/options/new?step=3&type=LinkClicked',
    );
  });

  it('leaves the type to the server when the split has no other kind of path', () => {
    expect(newOptionAddress(2, 7, [])).toBe('/workflows/2/options/new?step=7');
    expect(newOptionAddress(2, 7, [{ OptionType: 'None', Rank: 1 }])).toBe(
      '/workflows/2/options/new?step=7',
    );
    expect(newOptionAddress(2, 7, [{ OptionType: null, Rank: 1 }])).toBe(
      '/workflows/2/options/new?step=7',
    );
  });

  it('starts it as what the split splits on, whatever type its paths have', () => {
    const options = [{ OptionType: 'PersonData', Rank: 1 }];
    expect(newOptionAddress(2, 7, options, 'FormSubmission')).toBe(
      '/workflows/2/options/new?step=7&type=FormSubmission',
    );
    expect(newOptionAddress(2, 7, options, 'None')).toBe(
      '/workflows/2/options/new?step=7&type=PersonData',
    );
  });
});
