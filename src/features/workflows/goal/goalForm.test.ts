import { describe, expect, it } from 'vitest';
import type { RestrictableField, WorkflowGoal } from '../../../api/workflow/schemas.ts';
import {
  goalFormSchema,
  makeGoalFormSchema,
  toGoalFormValues,
  toGoalSaveBody,
  toNewGoalFormValues,
  toStoredGoalFormValues,
} from './goalForm.ts';
import { newRestriction, withField, withOperator, withValues } from './restrictionEdits.ts';

const goal: WorkflowGoal = {
  WorkflowGoalId: 1,
  WorkflowId: 1,
  GoalType: 'LinkClicked',
  RestrictionGroups: [
    { Name: 'B', Rank: 2, Restrictions: [] },
    {
      Name: 'A',
      Rank: 1,
      Restrictions: [
        {
          Name: 'saleCount',
          Operator: '>',
          Values: ['3'],
          DisplayValues: ['3'],
          ColumnInfo: { Name: 'saleCount', DisplayName: 'Number of sales', Width: '9' },
          UniqueHash: 7,
          InterParenthesis: 0,
          Mystery: 1,
        },
      ],
    },
  ],
  TableRight: { Mask: 'FULL', Reason: '' },
};
const category: RestrictableField = {
  Name: 'personCategory',
  DisplayName: 'Category',
  Type: 'list',
  ListItems: [
    { Id: '1', Name: 'A' },
    { Id: '2', Name: 'B' },
  ],
};

describe('goal form', () => {
  it('sends back exactly what was loaded when nothing changed', () => {
    expect(toGoalSaveBody(goal, toGoalFormValues(goal), {})).toEqual(goal);
  });

  it('orders groups by rank and renumbers them when changed, keeping unknown properties', () => {
    const v = toGoalFormValues(goal);
    expect(v.RestrictionGroups.map((g) => g.Name)).toEqual(['A', 'B']);
    const body = toGoalSaveBody(
      goal,
      { ...v, RestrictionGroups: [v.RestrictionGroups[1], v.RestrictionGroups[0]] },
      { RestrictionGroups: true },
    );
    expect(body.RestrictionGroups?.map((g) => [g.Name, g.Rank])).toEqual([
      ['B', 1],
      ['A', 2],
    ]);
    expect(body.RestrictionGroups?.[1].Restrictions?.[0]).toMatchObject({
      Mystery: 1,
      UniqueHash: 7,
    });
  });

  it('refuses unbalanced parentheses and conditions without a field', () => {
    const v = toGoalFormValues(goal);
    const bad = structuredClone(v);
    bad.RestrictionGroups[0].Restrictions![0].InterParenthesis = 1;
    const r = goalFormSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['RestrictionGroups', 0, 'Restrictions']);
    const noField = structuredClone(v);
    noField.RestrictionGroups[1].Restrictions = [newRestriction()];
    expect(goalFormSchema.safeParse(noField).error?.issues[0].path).toEqual([
      'RestrictionGroups',
      1,
      'Restrictions',
      0,
      'Name',
    ]);
    expect(goalFormSchema.safeParse(v).success).toBe(true);
  });

  it('refuses a number condition whose value is not a number, and sends numbers as the server reads them', () => {
    const typeOf = (name: string) => (name === 'saleCount' ? ('number' as const) : undefined);
    const v = toGoalFormValues(goal);
    const words = structuredClone(v);
    words.RestrictionGroups[0].Restrictions![0].Values = ['lots'];
    const r = makeGoalFormSchema(typeOf).safeParse(words);
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['RestrictionGroups', 0, 'Restrictions', 0, 'Values'],
        '“lots” is not a number. Enter a number, e.g. 50000.',
      ],
    ]);
    const local = structuredClone(v);
    local.RestrictionGroups[0].Restrictions![0].Values = ['1 234,5'];
    expect(makeGoalFormSchema(typeOf).safeParse(local).success).toBe(true);
    const body = toGoalSaveBody(goal, local, { RestrictionGroups: true }, typeOf);
    expect(body.RestrictionGroups?.[0].Restrictions?.[0]).toMatchObject({
      Values: ['1234.5'],
      Mystery: 1,
    });
  });

  it('refuses a value with a fraction for a field that counts things, on its values', () => {
    const typeOf = (name: string) => (name === 'saleCount' ? ('number' as const) : undefined);
    const countNameOf = (name: string) => (name === 'saleCount' ? 'Number of sales' : undefined);
    const v = toGoalFormValues(goal);
    v.RestrictionGroups[0].Restrictions![0].Values = ['1 234,5'];
    expect(
      makeGoalFormSchema(typeOf, countNameOf)
        .safeParse(v)
        .error?.issues.map((i) => [i.path, i.message]),
    ).toEqual([
      [
        ['RestrictionGroups', 0, 'Restrictions', 0, 'Values'],
        'Number of sales is a count, so enter a whole number, e.g. 3.',
      ],
    ]);
    v.RestrictionGroups[0].Restrictions![0].Values = ['1 234'];
    expect(makeGoalFormSchema(typeOf, countNameOf).safeParse(v).success).toBe(true);
  });

  it('refuses a "between" whose From is greater than its To, on its values', () => {
    const typeOf = (name: string) => (name === 'saleCount' ? ('number' as const) : undefined);
    const v = toGoalFormValues(goal);
    const r0 = v.RestrictionGroups[0].Restrictions![0];
    r0.Operator = 'between';
    r0.Values = ['10', '5'];
    expect(
      makeGoalFormSchema(typeOf)
        .safeParse(v)
        .error?.issues.map((i) => [i.path, i.message]),
    ).toEqual([
      [
        ['RestrictionGroups', 0, 'Restrictions', 0, 'Values'],
        'From (10) is greater than To (5), so no number is between them. Swap them.',
      ],
    ]);
    r0.Values = ['5', '10'];
    expect(makeGoalFormSchema(typeOf).safeParse(v).success).toBe(true);
  });

  it('asks for a date on an empty date condition, not for "a value"', () => {
    const typeOf = (name: string) => (name === 'registered' ? ('date' as const) : undefined);
    const v = toGoalFormValues(goal);
    v.RestrictionGroups[0].Restrictions = [{ Name: 'registered', Operator: 'after', Values: [''] }];
    expect(
      makeGoalFormSchema(typeOf)
        .safeParse(v)
        .error?.issues.map((i) => i.message),
    ).toEqual(['Enter a date.']);
  });
});

describe('a new goal', () => {
  const proposed: WorkflowGoal = {
    WorkflowGoalId: 0,
    WorkflowId: 4,
    GoalType: 'PersonUpdated',
    RestrictionGroups: [],
  };

  it('starts with no goal type, so Save on the empty form asks for one on Goal type', () => {
    const values = toNewGoalFormValues(proposed, true);
    expect(values).toEqual({ GoalType: '', RestrictionGroups: [] });
    const result = goalFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['GoalType'], message: 'Choose a goal type.' }),
    ]);
    // Chosen, a goal with no groups may be saved (anyone who does the action reaches it).
    expect(goalFormSchema.safeParse({ ...values, GoalType: 'PersonUpdated' }).success).toBe(true);
  });

  it('keeps the proposed type when the user may not choose one (read-only or hidden Goal type)', () => {
    expect(toNewGoalFormValues(proposed, false).GoalType).toBe('PersonUpdated');
  });
});

describe('a goal stored with no type (None)', () => {
  const stored: WorkflowGoal = {
    WorkflowGoalId: 12,
    WorkflowId: 2,
    GoalType: 'None',
    RestrictionGroups: [{ Name: 'Typeless', Rank: 1, Restrictions: [] }],
  };

  it('shows no type while the user may choose one, so Save asks for one as for a new goal', () => {
    const values = toStoredGoalFormValues(stored, true);
    expect(values.GoalType).toBe('');
    expect(goalFormSchema.safeParse(values).error?.issues).toEqual([
      expect.objectContaining({ path: ['GoalType'], message: 'Choose a goal type.' }),
    ]);
  });

  it('keeps None when the type is read-only or hidden: not the user’s to fix, the save goes on', () => {
    const values = toStoredGoalFormValues(stored, false);
    expect(values.GoalType).toBe('None');
    expect(goalFormSchema.safeParse(values).success).toBe(true);
  });

  it('keeps any other stored type as it is', () => {
    expect(toStoredGoalFormValues({ ...stored, GoalType: 'HadChat' }, true).GoalType).toBe(
      'HadChat',
    );
  });
});

describe('restriction edits', () => {
  it('changing the field sets a fitting operator, clears values and describes the new field', () => {
    const r = withField(goal.RestrictionGroups![1].Restrictions![0], category);
    expect(r).toMatchObject({
      Name: 'personCategory',
      Operator: 'oneOf',
      Values: [],
      DisplayValues: [],
      UniqueHash: 0,
    });
    // No ColumnInfo from the server for this field: none (the server fills it), not the old one.
    expect(r.ColumnInfo).toBeNull();
  });

  it('keeps DisplayValues in step with list values, and fits values to the operator', () => {
    const r = withValues(newRestriction(), category, ['2', '1']);
    expect(r.DisplayValues).toEqual(['B', 'A']);
    expect(withOperator({ ...r, Name: 'personCategory' }, category, 'set').Values).toEqual([]);
    const num: RestrictableField = { Name: 'n', DisplayName: 'N', Type: 'number', ListItems: [] };
    expect(withOperator({ Values: ['3'] }, num, 'between').Values).toEqual(['3', '']);
  });
});

describe('toGoalSaveBody and number values', () => {
  const amount: WorkflowGoal = {
    WorkflowGoalId: 5,
    WorkflowId: 4,
    GoalType: 'PersonUpdated',
    RestrictionGroups: [
      {
        Name: 'G',
        Description: '',
        Rank: 1,
        Restrictions: [
          {
            Name: 'saleAmount',
            Operator: '>=',
            Values: ['50000.00'],
            DisplayValues: ['50 000,00'],
          },
          { Name: 'saleCount', Operator: '>', Values: ['3'], DisplayValues: ['3'] },
        ],
      },
    ],
  };
  const typeOf = () => 'number' as const;

  it('sends an untouched number condition back exactly as loaded when another part changed', () => {
    const v = structuredClone(toGoalFormValues(amount));
    v.RestrictionGroups[0].Description = 'only this changed';
    const body = toGoalSaveBody(amount, v, { RestrictionGroups: true }, typeOf);
    expect(body.RestrictionGroups?.[0].Restrictions?.[0].Values).toEqual(['50000.00']);
  });

  it('still writes a changed number condition as the server reads numbers', () => {
    const v = structuredClone(toGoalFormValues(amount));
    v.RestrictionGroups[0].Restrictions![1].Values = ['1 234,5'];
    const body = toGoalSaveBody(amount, v, { RestrictionGroups: true }, typeOf);
    expect(body.RestrictionGroups?.[0].Restrictions?.map((r) => r.Values)).toEqual([
      ['50000.00'],
      ['1234.5'],
    ]);
  });
});
