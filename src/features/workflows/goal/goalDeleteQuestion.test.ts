import { describe, expect, it } from 'vitest';
import type { WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { goalDeleteQuestion } from './goalDeleteQuestion.ts';

const goal = (...groups: string[]): WorkflowGoal => ({
  WorkflowGoalId: 3,
  WorkflowId: 2,
  GoalType: 'AddedToProject',
  RestrictionGroups: groups.map((Name, i) => ({ Name, Rank: i + 1 })),
});

describe('goalDeleteQuestion', () => {
  it('names the goal as its page does, with its groups and what deleting it does', () => {
    expect(goalDeleteQuestion(goal('Engaged attendees'), 'Goal: Added to project')).toBe(
      'The goal “Goal: Added to project” is removed from the flow for good, with its 1 restriction group. Participants no longer leave the flow by reaching it. This cannot be undone.',
    );
    expect(goalDeleteQuestion(goal('A', 'B'), 'Goal: Added to project #2')).toContain(
      '“Goal: Added to project #2” is removed from the flow for good, with its 2 restriction groups.',
    );
  });

  it('quotes a name that holds a group name in single quotes inside the outer ones', () => {
    expect(goalDeleteQuestion(goal('Fair'), 'Goal: Added to project, “Fair”')).toMatch(
      /^The goal “Goal: Added to project, ‘Fair’” is removed/,
    );
  });

  it('says nothing of groups when there are none, or when the user may not see them', () => {
    expect(goalDeleteQuestion(goal(), 'Goal 3')).toBe(
      'The goal “Goal 3” is removed from the flow for good. Participants no longer leave the flow by reaching it. This cannot be undone.',
    );
    const hidden = {
      ...goal('Secret'),
      FieldProperties: { RestrictionGroups: { FieldRight: { Mask: 'None', Reason: '' } } },
    };
    expect(goalDeleteQuestion(hidden, 'Goal 3')).not.toMatch(/group|Secret/);
  });
});
