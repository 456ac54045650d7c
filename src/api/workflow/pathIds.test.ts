import { describe, expect, it } from 'vitest';
import { pathIds } from './pathIds.ts';
import { workflowKeys } from './keys.ts';

describe('pathIds', () => {
  it('collects step and option ids at every depth, skipping unsaved ones', () => {
    expect(
      pathIds([
        { WorkflowStepId: 1, StepType: 'SendEmail' },
        {
          WorkflowStepId: 2,
          StepType: 'Split',
          Options: [
            { WorkflowStepOptionId: 7, Steps: [{ WorkflowStepId: 3, StepType: 'SendSMS' }] },
            { WorkflowStepOptionId: 0, Steps: [{ WorkflowStepId: 0, StepType: 'SendSMS' }] },
          ],
        },
      ]),
    ).toEqual({ stepIds: [1, 2, 3], optionIds: [7] });
    expect(pathIds(null)).toEqual({ stepIds: [], optionIds: [] });
  });
});

describe('workflowKeys', () => {
  it('nests every key under the agent so one prefix covers them all', () => {
    expect(workflowKeys.goal(3)).toEqual(['workflow', 'goal', 3]);
    expect(workflowKeys.flow(1).slice(0, 1)).toEqual(workflowKeys.all);
    expect(workflowKeys.stepOption(2)).not.toEqual(workflowKeys.step(2));
  });
});
