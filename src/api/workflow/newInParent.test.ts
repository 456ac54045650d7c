import { describe, expect, it } from 'vitest';
import { goalInFlow, newOptionRank, optionUnderSplit } from './newInParent.ts';

/** What a SuperOffice tenant's CreateDefault… answers: no parent, whatever was asked. */
const tenantGoal = { WorkflowGoalId: 0, WorkflowId: 0, GoalType: 'None', RestrictionGroups: [] };
const tenantOption = {
  OptionType: 'LinkClicked',
  WorkflowStepOptionId: 0,
  WorkflowStepId: 0,
  WorkflowId: 0,
  Name: '',
  Rank: 0,
  Steps: [],
};
const option = (id: number, Rank: number, OptionType = 'LinkClicked') => ({
  WorkflowStepOptionId: id,
  Rank,
  OptionType,
});

describe('a new goal or option gets the parent it is created in', () => {
  it('a new goal belongs to the flow it is created in', () => {
    expect(goalInFlow(tenantGoal, 2)).toEqual({ ...tenantGoal, WorkflowId: 2 });
  });

  it('a new option belongs to its split and its flow, ranked after the split’s options', () => {
    const split = {
      WorkflowStepId: 3,
      WorkflowId: 1,
      StepType: 'Split',
      Options: [option(7, 1), option(8, 2)],
    };
    expect(optionUnderSplit(tenantOption, split, 1)).toEqual({
      ...tenantOption,
      WorkflowStepId: 3,
      WorkflowId: 1,
      Rank: 3,
    });
  });

  it('takes the flow from the address when the split does not say', () => {
    const split = { WorkflowStepId: 3, WorkflowId: null, StepType: 'Split', Options: null };
    expect(optionUnderSplit(tenantOption, split, 4)).toMatchObject({ WorkflowId: 4, Rank: 1 });
  });
});

describe('newOptionRank', () => {
  it('is 1 for a split without options', () => {
    expect(newOptionRank([], 'LinkClicked')).toBe(1);
  });

  it('goes before the trailing "Everyone else" options, which would catch everyone first', () => {
    const options = [option(1, 1), option(2, 2, 'None')];
    expect(newOptionRank(options, 'LinkClicked')).toBe(2);
  });

  it('a new "Everyone else" goes last', () => {
    const options = [option(1, 1), option(2, 2, 'None')];
    expect(newOptionRank(options, 'None')).toBe(3);
  });

  it('reads the options in rank order, whatever order the split lists them in', () => {
    const options = [option(2, 2, 'None'), option(1, 1), option(3, 3)];
    expect(newOptionRank(options, 'LinkClicked')).toBe(4);
  });

  it("is a rank the split's own ranks leave free, not a place, where they have gaps", () => {
    const options = [
      { OptionType: 'LinkClicked', Rank: 10 },
      { OptionType: 'FormSubmission', Rank: 20 },
      { OptionType: 'None', Rank: 30 },
    ];
    // Rank 3 (its place) would sort it first, before 10 and 20.
    expect(newOptionRank(options, 'PersonData')).toBe(21);
    expect(newOptionRank(options, 'None')).toBe(31);
  });

  it("counts places when the split's options carry no ranks", () => {
    const options = [{ OptionType: 'LinkClicked' }, { OptionType: 'None', Rank: null }];
    expect(newOptionRank(options, 'PersonData')).toBe(2);
  });
});
