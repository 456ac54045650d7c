import { describe, expect, it } from 'vitest';
import { wholeListLost } from './wholeListLost.ts';

const g = (name: string, description = '') => ({ Name: name, Description: description });

describe('what "Save mine anyway" loses of their version', () => {
  const opened = { GoalType: 'A', RestrictionGroups: [g('One'), g('Two')] };

  it('says their group changes go when both changed the groups', () => {
    const theirs = { ...opened, RestrictionGroups: [g('One', 'Theirs'), g('Two')] };
    const mine = { ...opened, RestrictionGroups: [g('One'), g('Two renamed')] };
    expect(wholeListLost('goal', opened, theirs, mine)).toBe(
      'They also changed the restriction groups. Save mine anyway replaces all the groups with yours, so their changes to the groups are lost.',
    );
  });

  it('says nothing when only one side changed the groups', () => {
    const changed = { ...opened, RestrictionGroups: [g('One', 'x'), g('Two')] };
    expect(wholeListLost('goal', opened, changed, opened)).toBeNull();
    expect(wholeListLost('goal', opened, { ...opened, GoalType: 'B' }, changed)).toBeNull();
  });

  it('says the same of an option’s steps', () => {
    const o = { Name: 'A', Steps: [{ WorkflowStepId: 1, StepType: 'Wait' }] };
    const theirs = { ...o, Steps: [...o.Steps, { WorkflowStepId: 2, StepType: 'Wait' }] };
    const mine = { ...o, Steps: [] };
    expect(wholeListLost('option', o, theirs, mine)).toBe(
      'They also changed the steps. Save mine anyway replaces all the steps with yours, so their changes to the steps are lost.',
    );
  });
});
