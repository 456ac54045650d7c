import { describe, expect, it } from 'vitest';
import type { EmailFlow } from '../../../api/workflow/schemas.ts';
import { flowNameInList, goalTypeInFlow, optionNameInFlow } from './knownNames.ts';

const flow: EmailFlow = {
  EmailFlowId: 2,
  Name: 'Webinar follow-up',
  Steps: [
    { WorkflowStepId: 1, StepType: 'SendEmail' },
    {
      WorkflowStepId: 3,
      StepType: 'Split',
      Options: [
        {
          WorkflowStepOptionId: 4,
          Name: 'Attended',
          Steps: [
            {
              WorkflowStepId: 5,
              StepType: 'Split',
              Options: [{ WorkflowStepOptionId: 6, Name: 'A customers' }],
            },
          ],
        },
      ],
    },
  ],
  Goals: [{ WorkflowGoalId: 3, GoalType: 'AddedToProject' }],
};

describe('names known before a page’s own data has come', () => {
  it('finds a flow in the list, an option on any path, a goal of the flow', () => {
    expect(flowNameInList([{ EmailFlowId: 2, Name: 'Webinar follow-up' }], 2)).toBe(
      'Webinar follow-up',
    );
    expect(flowNameInList(undefined, 2)).toBeNull();
    expect(optionNameInFlow(flow, 4)).toBe('Attended');
    expect(optionNameInFlow(flow, 6)).toBe('A customers');
    expect(optionNameInFlow(flow, 9)).toBeNull();
    expect(optionNameInFlow(undefined, 4)).toBeNull();
    expect(goalTypeInFlow(flow, 3)).toBe('AddedToProject');
    expect(goalTypeInFlow(flow, 1)).toBeNull();
  });
});
