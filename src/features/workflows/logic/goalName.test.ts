import { describe, expect, it } from 'vitest';
import { goalName } from './goalName.ts';

const goal = (id: number, type: string, ...groups: string[]) => ({
  WorkflowGoalId: id,
  GoalType: type,
  RestrictionGroups: groups.map((Name, i) => ({ Name, Rank: i + 1 })),
});

describe('goalName', () => {
  const sold = goal(1, 'SaleCreatedOnPerson', 'Big sales');
  it('is the type alone when no other goal of the flow has it', () => {
    const fair = goal(2, 'AddedToProject', 'Fair');
    expect(goalName(fair, [sold, fair])).toBe('Goal: Added to project');
  });

  it('tells goals of one type apart by their first group, else by their place', () => {
    const fair = goal(2, 'AddedToProject', 'Spring fair', 'Later');
    const again = goal(3, 'AddedToProject', 'Spring fair');
    const blank = goal(4, 'AddedToProject', ' ');
    const other = goal(5, 'AddedToProject', 'Webinar');
    const goals = [sold, fair, again, blank, other];
    expect(goals.slice(1).map((g) => goalName(g, goals))).toEqual([
      'Goal: Added to project #1',
      'Goal: Added to project #2',
      'Goal: Added to project #3',
      'Goal: Added to project, “Webinar”',
    ]);
    expect(goalName(sold, goals)).toBe('Goal: Sale created on contact');
  });

  it('is the type alone for a goal the list does not hold (not loaded yet)', () => {
    expect(
      goalName(goal(9, 'AddedToProject'), [goal(2, 'AddedToProject'), goal(3, 'AddedToProject')]),
    ).toBe('Goal: Added to project');
  });
});

describe('goalName of a goal whose type the user may not see', () => {
  const hidden = { FieldRight: { Mask: 'None', Reason: '' } };
  const withHiddenType = (id: number, type: string, ...groups: string[]) => ({
    ...goal(id, type, ...groups),
    FieldProperties: { GoalType: hidden },
  });

  it('is its id, never its type', () => {
    const secret = withHiddenType(3, 'AddedToProject', 'Engaged attendees');
    expect(goalName(secret, [secret])).toBe('Goal 3');
  });

  it('does not count among the goals of its type, so their names tell nothing of it', () => {
    const secret = withHiddenType(3, 'AddedToProject', 'Engaged attendees');
    const fair = goal(4, 'AddedToProject', 'Fair');
    expect(goalName(fair, [secret, fair])).toBe('Goal: Added to project');
  });

  it('is its type when the type is only read-only', () => {
    const readOnly = {
      ...goal(5, 'AddedToProject'),
      FieldProperties: { GoalType: { FieldRight: { Mask: 'Read', Reason: '' } } },
    };
    expect(goalName(readOnly, [readOnly])).toBe('Goal: Added to project');
  });
});

describe('goalName of goals whose group names the user may not see', () => {
  it('tells them apart by their place, not by a name', () => {
    const names = {
      FieldProperties: { 'RestrictionGroups.Name': { FieldRight: { Mask: 'None' } } },
    };
    const fair = { ...goal(2, 'AddedToProject', 'Spring fair'), ...names };
    const other = { ...goal(5, 'AddedToProject', 'Webinar'), ...names };
    expect([fair, other].map((g) => goalName(g, [fair, other]))).toEqual([
      'Goal: Added to project #1',
      'Goal: Added to project #2',
    ]);
  });
});
