import { describe, expect, it } from 'vitest';
import { areGoalGroupsHidden, areGroupNamesHidden } from './goalGroupsHidden.ts';

const right = (Mask: string) => ({ FieldRight: { Mask, Reason: '' } });

describe('hidden restriction groups', () => {
  it('hides the groups, and so their names, when RestrictionGroups is None', () => {
    const goal = { FieldProperties: { RestrictionGroups: right('None') } };
    expect(areGoalGroupsHidden(goal)).toBe(true);
    expect(areGroupNamesHidden(goal)).toBe(true);
  });

  it('hides only the names when RestrictionGroups.Name is None', () => {
    const goal = {
      FieldProperties: {
        RestrictionGroups: right('Read'),
        'RestrictionGroups.Name': right('None'),
      },
    };
    expect(areGoalGroupsHidden(goal)).toBe(false);
    expect(areGroupNamesHidden(goal)).toBe(true);
  });

  it('shows groups without rights, or read-only ones', () => {
    expect(areGroupNamesHidden({})).toBe(false);
    expect(areGroupNamesHidden({ FieldProperties: { RestrictionGroups: right('Read') } })).toBe(
      false,
    );
  });
});
