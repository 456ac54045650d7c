import { describe, expect, it } from 'vitest';
import { describeGoalChanges, goalName, sameGoalName } from './goalChanges.ts';
import type { GoalFormInput } from './goalForm.ts';

const form = (type: string, ...names: string[]) =>
  ({
    GoalType: type,
    RestrictionGroups: names.map((Name) => ({ Name, Restrictions: [] })),
  }) as unknown as GoalFormInput;

describe('goal changes', () => {
  it('lists what the user changed: the type, and the groups by place', () => {
    expect(
      describeGoalChanges(
        form('FormSubmitted', 'One', 'Two'),
        form('AddedToProject', 'One', 'Two!'),
      ),
    ).toEqual(['Goal type: Added to project', 'Restriction groups: group 2 “Two!” changed']);
    expect(describeGoalChanges(form('FormSubmitted', 'One'), form('FormSubmitted', 'One'))).toEqual(
      [],
    );
  });

  it('matches a goal of the same type and group names only', () => {
    const goal = {
      WorkflowGoalId: 9,
      GoalType: 'AddedToProject',
      RestrictionGroups: [{ Name: 'Dup ' }],
    };
    expect(sameGoalName(goal, form('AddedToProject', 'Dup'))).toBe(true);
    expect(sameGoalName(goal, form('FormSubmitted', 'Dup'))).toBe(false);
    expect(sameGoalName(goal, form('AddedToProject', 'Dup', 'More'))).toBe(false);
    expect(goalName(goal)).toBe('an “Added to project” goal with the group “Dup”');
  });

  it('names a goal whose type the user may not see by its id', () => {
    const goal = {
      WorkflowGoalId: 3,
      GoalType: 'AddedToProject' as const,
      RestrictionGroups: [{ Name: 'Engaged attendees' }],
      FieldProperties: { GoalType: { FieldRight: { Mask: 'None', Reason: '' } } },
    };
    expect(goalName(goal)).toBe('goal 3 with the group “Engaged attendees”');
  });

  it('says nothing of groups the user may not see, nor names they may not see', () => {
    const goal = {
      WorkflowGoalId: 3,
      GoalType: 'AddedToProject' as const,
      RestrictionGroups: [{ Name: 'Engaged attendees' }, { Name: 'Others' }],
    };
    const right = (Mask: string) => ({ FieldRight: { Mask, Reason: '' } });
    expect(goalName({ ...goal, FieldProperties: { RestrictionGroups: right('None') } })).toBe(
      'an “Added to project” goal',
    );
    expect(
      goalName({ ...goal, FieldProperties: { 'RestrictionGroups.Name': right('None') } }),
    ).toBe('an “Added to project” goal with 2 groups');
  });
});
