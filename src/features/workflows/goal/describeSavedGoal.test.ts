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
});
