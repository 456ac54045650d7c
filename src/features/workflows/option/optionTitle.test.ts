import { describe, expect, it } from 'vitest';
import type { EmailFlow, WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { existingOptionTitle } from './optionTitle.ts';

const flow: EmailFlow = {
  EmailFlowId: 2,
  Name: 'Webinar follow-up',
  Steps: [
    {
      WorkflowStepId: 3,
      StepType: 'Split',
      Options: [{ WorkflowStepOptionId: 4, Name: 'Attended' }],
    },
  ],
  TableRight: { Mask: 'FULL', Reason: '' },
};
const hiddenFlow: EmailFlow = { ...flow, TableRight: { Mask: 'None', Reason: 'Private flow' } };
// GetWorkflowStepOption's answer: no rights of its own, so its flow's stand in.
const option: WorkflowStepOption = { WorkflowStepOptionId: 4, Name: 'Attended', Steps: [] };

describe('existingOptionTitle', () => {
  it('names the option once it and the flow whose rights it follows are loaded', () => {
    expect(existingOptionTitle(4, option, flow, false)).toBe('Attended');
  });

  it('names it by its id while the flow whose rights it follows loads (it may be hidden)', () => {
    expect(existingOptionTitle(4, option, undefined, false)).toBe('Option 4');
  });

  it('names it by its id when its flow is hidden, loaded or not', () => {
    expect(existingOptionTitle(4, option, hiddenFlow, false)).toBe('Option 4');
    expect(existingOptionTitle(4, undefined, hiddenFlow, false)).toBe('Option 4');
  });

  it('names it by its id when its own rights hide it', () => {
    const hidden = { ...option, TableRight: { Mask: 'None', Reason: '' } };
    expect(existingOptionTitle(4, hidden, flow, false)).toBe('Option 4');
  });

  it('while the option loads, names it as its flow page did', () => {
    expect(existingOptionTitle(4, undefined, flow, false)).toBe('Attended');
    expect(existingOptionTitle(9, undefined, flow, false)).toBe('Option 9');
    expect(existingOptionTitle(4, undefined, undefined, false)).toBe('Option 4');
  });

  it('names it when its flow never loaded (the option is then read-only, not hidden)', () => {
    expect(existingOptionTitle(4, option, undefined, true)).toBe('Attended');
  });
});
