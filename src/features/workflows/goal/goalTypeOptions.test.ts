import { describe, expect, it } from 'vitest';
import { mdoListSchema } from '../../../api/mdo/schemas.ts';
import { goalTypeOptions } from './goalTypeOptions.ts';

/** workflowgoaltype as a real tenant sends it: ExtraInfo empty. */
const realGoalTypes = mdoListSchema.parse(
  [
    [1, 'Contact updated'],
    [5, 'Added to project'],
    [9, 'Link clicked'],
  ].map(([Id, Name]) => ({ Id, Name, StyleHint: '', ExtraInfo: '' })),
);

describe('goalTypeOptions', () => {
  it('offers the enum names of a real list (ExtraInfo empty), not its ids', () => {
    expect(goalTypeOptions(realGoalTypes).map((o) => o.value)).toEqual([
      'PersonUpdated',
      'AddedToProject',
      'LinkClicked',
    ]);
  });

  it('shows a stored goal type the list does not have, by its text', () => {
    expect(goalTypeOptions(realGoalTypes, ['HadChat'])).toContainEqual({
      value: 'HadChat',
      label: 'Had chat',
    });
  });

  it('offers the standard types without a list, never None', () => {
    const options = goalTypeOptions(undefined, ['None']);
    expect(options).toContainEqual({ value: 'AddedToProject', label: 'Added to project' });
    expect(options.some((o) => o.value === 'None')).toBe(false);
  });
});
