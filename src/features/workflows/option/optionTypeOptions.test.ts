import { describe, expect, it } from 'vitest';
import { mdoListSchema } from '../../../api/mdo/schemas.ts';
import { optionTypeOptions } from './optionTypeOptions.ts';

/** workflowsplitoptiontype as its reference page lists it (ExtraInfo empty). */
const realOptionTypes = mdoListSchema.parse(
  [
    [1, 'Contact data'],
    [2, 'Form submission'],
    [3, 'Link Clicked'],
    [4, 'Project membership'],
    [5, 'Selection member'],
  ].map(([Id, Name]) => ({ Id, Name, StyleHint: '', ExtraInfo: '' })),
);

describe('optionTypeOptions', () => {
  it('starts with Everyone else, then the list by enum name (1 is Contact data)', () => {
    expect(optionTypeOptions(realOptionTypes)).toEqual([
      { value: 'None', label: 'Everyone else' },
      { value: 'PersonData', label: 'Contact data' },
      { value: 'FormSubmission', label: 'Form submission' },
      { value: 'LinkClicked', label: 'Link Clicked' },
      { value: 'ProjectMembership', label: 'Project membership' },
      { value: 'SelectionMembership', label: 'Selection member' },
    ]);
  });

  it('shows a stored FormData option, which the list has no item for', () => {
    expect(optionTypeOptions(realOptionTypes, ['FormData']).at(-1)).toEqual({
      value: 'FormData',
      label: 'Form data',
    });
  });

  it('offers the standard types without a list', () => {
    expect(optionTypeOptions(undefined).map((o) => o.value)).toEqual([
      'None',
      'FormData',
      'FormSubmission',
      'LinkClicked',
      'PersonData',
      'ProjectMembership',
      'SelectionMembership',
    ]);
  });
});
