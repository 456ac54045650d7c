import { describe, expect, it } from 'vitest';
import type { WorkflowStepBase, WorkflowStepOption } from './schemas.ts';
import { keyInSteps, withSendableKey } from './optionKey.ts';

const flowSteps: WorkflowStepBase[] = [
  { WorkflowStepId: 1, StepType: 'SendEmail' },
  {
    WorkflowStepId: 3,
    StepType: 'Split',
    Options: [
      {
        WorkflowStepOptionId: 4,
        Key: 'attended',
        Steps: [
          {
            WorkflowStepId: 7,
            StepType: 'Split',
            Options: [
              { WorkflowStepOptionId: 8, Key: 'a-customers', Steps: [] },
              { WorkflowStepOptionId: 9, Steps: [] },
            ],
          },
        ],
      },
    ],
  },
];

describe('keyInSteps', () => {
  it('finds an option’s Key in its split’s Options, nested splits too', () => {
    expect(keyInSteps(flowSteps, 4)).toBe('attended');
    expect(keyInSteps(flowSteps, 8)).toBe('a-customers');
  });

  it('finds none where the split lists the option without one (WorkflowStepOptionBase), or not at all', () => {
    expect(keyInSteps(flowSteps, 9)).toBeUndefined();
    expect(keyInSteps(flowSteps, 99)).toBeUndefined();
    expect(keyInSteps(undefined, 4)).toBeUndefined();
  });
});

describe('withSendableKey', () => {
  const loaded: WorkflowStepOption = { WorkflowStepOptionId: 4, Name: 'Attended', Steps: [] };

  it('sends a loaded option with the Key known for it', () => {
    expect(withSendableKey(loaded, 'attended')).toEqual({ ...loaded, Key: 'attended' });
    expect(withSendableKey({ ...loaded, Key: '' }, 'attended')).toMatchObject({ Key: 'attended' });
  });

  it('never makes one up, and keeps the Key the option has', () => {
    expect(withSendableKey(loaded, undefined)).toBe(loaded);
    expect(withSendableKey({ ...loaded, Key: 'own' }, 'attended')).toMatchObject({ Key: 'own' });
    const created = { ...loaded, WorkflowStepOptionId: 0 };
    expect(withSendableKey(created, 'attended')).toBe(created);
  });
});
