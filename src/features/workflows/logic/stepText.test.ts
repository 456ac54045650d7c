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
});
