import { describe, expect, it } from 'vitest';
import { describeOptionChanges, sameOptionName } from './optionChanges.ts';
import type { OptionFormInput } from './optionForm.ts';

const option = (over: Partial<OptionFormInput> = {}): OptionFormInput => ({
  Name: 'Everyone else',
  Key: 'rest',
  Rank: 3,
  OptionType: 'None',
  Steps: [{ WorkflowStepId: 1, StepType: 'SendEmail' }],
  ...over,
});

describe('option changes', () => {
  it('lists each changed field with the user’s value', () => {
    expect(
      describeOptionChanges(
        option(),
        option({
          Name: 'Everyone else (A)',
          Key: '',
          Steps: [
            { WorkflowStepId: 1, StepType: 'SendEmail' },
            { WorkflowStepId: 0, StepType: 'Wait' },
          ],
        }),
      ),
    ).toEqual([
      'Name: “Everyone else (A)”',
      'Key: empty',
      expect.stringMatching(/^Steps: 1\. .+, 2\. .+$/),
    ]);
    expect(describeOptionChanges(option(), option())).toEqual([]);
  });

  it('matches an option by its name, spaces around it aside', () => {
    expect(
      sameOptionName({ WorkflowStepOptionId: 4, Name: 'Dup ' }, option({ Name: ' Dup' })),
    ).toBe(true);
    expect(
      sameOptionName({ WorkflowStepOptionId: 4, Name: 'Dup' }, option({ Name: 'Dup 2' })),
    ).toBe(false);
  });
});
