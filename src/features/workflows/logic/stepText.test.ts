import { describe, expect, it } from 'vitest';
import { stepDetail, stepTitle, stepTypeLabel } from './stepText.ts';

describe('step texts', () => {
  it('labels types and describes steps from their subtype properties', () => {
    expect(stepTypeLabel('DistributeToOwner')).toBe('Distribute to owner');
    expect(stepTypeLabel('Teleport')).toBe('Teleport');
    expect(stepTitle({ WorkflowStepId: 1, StepType: 'SendEmail', Subject: 'Hi' })).toBe(
      'Send e-mail: “Hi”',
    );
    expect(
      stepDetail({ WorkflowStepId: 1, StepType: 'WaitForTime', Delay: 2, DelayUnit: 'Days' }),
    ).toBe('2 days');
    expect(
      stepDetail({ WorkflowStepId: 1, StepType: 'WaitForTime', Delay: 1, DelayUnit: 'Days' }),
    ).toBe('1 day');
    expect(stepDetail({ WorkflowStepId: 1, StepType: 'WaitForTime', Delay: 1 })).toBe('1 day');
    expect(stepDetail({ WorkflowStepId: 1, StepType: 'WaitForAction', TimeoutDays: 1 })).toBe(
      'up to 1 day',
    );
    expect(
      stepDetail({
        WorkflowStepId: 1,
        StepType: 'Split',
        SplitName: 'Clicked?',
        Options: [{ WorkflowStepOptionId: 1 }],
      }),
    ).toBe('Clicked? · 1 path');
    expect(stepTitle({ WorkflowStepId: 1, StepType: 'SendSMS' })).toBe('Send SMS');
  });

  it('names the field an Update contact step sets, and a list value, as the user knows them', () => {
    const step = {
      WorkflowStepId: 1,
      StepType: 'UpdateParticipant',
      FieldName: 'personCategory',
      FieldValue: '4',
    };
    const fields = [
      {
        Name: 'personCategory',
        DisplayName: 'Category',
        Type: 'list' as const,
        ListItems: [{ Id: '4', Name: 'Prospect' }],
      },
    ];
    expect(stepDetail(step, fields)).toBe('Category = Prospect');
    expect(stepDetail({ ...step, FieldValue: 'Prospect' }, fields)).toBe('Category = Prospect');
    const noMailing = {
      Name: 'personNoMailing',
      DisplayName: 'No mailings',
      Type: 'bool' as const,
    };
    expect(
      stepDetail({ ...step, FieldName: 'personNoMailing', FieldValue: '1' }, [
        { ...noMailing, ListItems: [] },
      ]),
    ).toBe('No mailings = yes');
    // Before the fields are loaded (or when they fail), the stored name and value.
    expect(stepDetail(step)).toBe('personCategory = 4');
  });
});
