import { describe, expect, it } from 'vitest';
import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import {
  carriesKey,
  optionFormSchema,
  toOptionFormValues,
  toOptionSaveBody,
} from './optionForm.ts';

const loaded: WorkflowStepOption = {
  OptionType: 'LinkClicked',
  WorkflowStepOptionId: 4,
  WorkflowStepId: 3,
  WorkflowId: 1,
  Key: 'guide',
  Name: 'Guide',
  Rank: 1,
  Steps: [
    { WorkflowStepId: 8, StepType: 'SendSMS', Rank: 2, Message: 'b' },
    { WorkflowStepId: 7, StepType: 'SendEmail', Rank: 1, Subject: 'a' },
  ],
  TableRight: { Mask: 'FULL', Reason: '' },
  Unknown: { kept: true },
};

describe('step option form', () => {
  it('shows steps in rank order', () => {
    expect(toOptionFormValues(loaded).Steps.map((s) => s.WorkflowStepId)).toEqual([7, 8]);
  });

  it('sends back exactly what was loaded when nothing changed', () => {
    expect(toOptionSaveBody(loaded, toOptionFormValues(loaded), {})).toEqual(loaded);
  });

  it('applies changed fields only and renumbers reordered steps 1..n', () => {
    const v = toOptionFormValues(loaded);
    const body = toOptionSaveBody(
      loaded,
      { ...v, Name: 'New', Steps: [v.Steps[1], v.Steps[0]] },
      { Name: true, Steps: true },
    );
    expect(body.Name).toBe('New');
    expect(body.Key).toBe('guide');
    expect(body.Unknown).toEqual({ kept: true });
    expect(body.Steps?.map((s) => [s.WorkflowStepId, s.Rank, s.StepType])).toEqual([
      [8, 1, 'SendSMS'],
      [7, 2, 'SendEmail'],
    ]);
    expect(body.Steps?.[0].Message).toBe('b');
  });

  it('after Save mine anyway, keeps their step changes with mine when none clash', () => {
    const opened = toOptionFormValues(loaded);
    // They changed the e-mail's subject; I added a step at the end.
    const theirs: WorkflowStepOption = {
      ...loaded,
      Steps: [{ ...loaded.Steps![1]!, Subject: 'theirs' }, loaded.Steps![0]!],
    };
    const added = { WorkflowStepId: 0, StepType: 'WaitForTime', Rank: 0 };
    const body = toOptionSaveBody(
      theirs,
      { ...opened, Steps: [...opened.Steps, added] },
      { Steps: true },
      opened,
    );
    expect(body.Steps?.map((s) => [s.WorkflowStepId, s.Rank, s.Subject ?? s.Message])).toEqual([
      [7, 1, 'theirs'],
      [8, 2, 'b'],
      [0, 3, undefined],
    ]);
  });

  it('after Save mine anyway, sends all my steps when a step clashes', () => {
    const opened = toOptionFormValues(loaded);
    const theirs: WorkflowStepOption = {
      ...loaded,
      Steps: [{ ...loaded.Steps![1]!, Subject: 'theirs' }, loaded.Steps![0]!],
    };
    // I removed the e-mail they changed.
    const body = toOptionSaveBody(
      theirs,
      { ...opened, Steps: [opened.Steps[1]!] },
      { Steps: true },
      opened,
    );
    expect(body.Steps?.map((s) => [s.WorkflowStepId, s.Rank])).toEqual([[8, 1]]);
  });

  it('requires a name and a whole-number rank', () => {
    const v = toOptionFormValues(loaded);
    expect(optionFormSchema.safeParse({ ...v, Name: ' ' }).success).toBe(false);
    expect(optionFormSchema.safeParse({ ...v, Rank: 1.5 }).success).toBe(false);
    expect(optionFormSchema.safeParse(v).success).toBe(true);
  });

  it('says what is wrong with a rank: not a number, not whole, below 1', () => {
    const v = toOptionFormValues(loaded);
    const message = (Rank: unknown) =>
      optionFormSchema.safeParse({ ...v, Rank }).error?.issues.find((i) => i.path[0] === 'Rank')
        ?.message;
    expect(message(Number.NaN)).toBe('Rank must be a number.');
    expect(message(1.5)).toBe('Rank must be a whole number.');
    expect(message(-1)).toBe('Rank must be 1 or more: 1 is the first path.');
    expect(message(0)).toBe('Rank must be 1 or more: 1 is the first path.');
    expect(message(1)).toBeUndefined();
  });
});

describe('an option without Key (WorkflowStepOptionBase, as GetWorkflowStepOption returns it)', () => {
  const base = {
    WorkflowStepOptionId: 2,
    OptionType: 'LinkClicked',
    Name: 'Clicked pricing',
    Rank: 2,
  };

  it('is told apart from one that has a Key, even an empty one', () => {
    expect(carriesKey(base)).toBe(false);
    expect(carriesKey({ ...base, Key: '' })).toBe(true);
  });

  it('is saved without a Key, even when a Key value came from elsewhere (a kept draft)', () => {
    const values = { ...toOptionFormValues(base), Key: 'typed' };
    expect(toOptionSaveBody(base, values, { Key: true })).not.toHaveProperty('Key');
    expect(toOptionSaveBody({ ...base, Key: '' }, values, { Key: true }).Key).toBe('typed');
  });
});
