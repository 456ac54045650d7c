import { describe, expect, it } from 'vitest';
import { describeSavedGoal } from './describeSavedGoal.ts';

describe('describeSavedGoal', () => {
  it('says "an" before a goal type that starts with a vowel sound, "a" otherwise', () => {
    expect(describeSavedGoal({ WorkflowGoalId: 1, GoalType: 'AddedToProject' }, [])).toBe(
      'The server stored an “Added to project” goal with no restriction groups.',
    );
    expect(describeSavedGoal({ WorkflowGoalId: 1, GoalType: 'FormSubmitted' }, [])).toBe(
      'The server stored a “Form submitted” goal with no restriction groups.',
    );
  });

  it('ends with one full stop when a group has no conditions, wherever the group is', () => {
    const goal = {
      WorkflowGoalId: 5,
      GoalType: 'LinkClicked' as const,
      RestrictionGroups: [
        { Rank: 1, Name: 'Open', Restrictions: [] },
        { Rank: 2, Name: 'Audit group', Restrictions: [] },
      ],
    };
    expect(describeSavedGoal(goal, [])).toBe(
      'The server stored a “Link clicked” goal with 2 groups: ' +
        '1. Open — No conditions, so every participant matches; ' +
        '2. Audit group — No conditions, so every participant matches.',
    );
  });

  it('names a goal whose type the user may not see by its id', () => {
    const goal = {
      WorkflowGoalId: 3,
      GoalType: 'AddedToProject' as const,
      FieldProperties: { GoalType: { FieldRight: { Mask: 'None', Reason: '' } } },
    };
    expect(describeSavedGoal(goal, [])).toBe(
      'The server stored goal 3 with no restriction groups.',
    );
  });

  it('says nothing of groups the user may not see, nor names they may not see', () => {
    const goal = {
      WorkflowGoalId: 3,
      GoalType: 'AddedToProject' as const,
      RestrictionGroups: [{ Rank: 1, Name: 'Engaged attendees', Restrictions: [] }],
    };
    const right = (Mask: string) => ({ FieldRight: { Mask, Reason: '' } });
    expect(
      describeSavedGoal({ ...goal, FieldProperties: { RestrictionGroups: right('None') } }, []),
    ).toBe('The server stored an “Added to project” goal.');
    expect(
      describeSavedGoal(
        { ...goal, FieldProperties: { 'RestrictionGroups.Name': right('None') } },
        [],
      ),
    ).toBe(
      'The server stored an “Added to project” goal with 1 group: ' +
        '1. No conditions, so every participant matches.',
    );
  });
});
