import { describe, expect, it } from 'vitest';
import { mdoListSchema } from '../../../api/mdo/schemas.ts';
import { stepTypeOptions } from './stepTypeOptions.ts';

describe('stepTypeOptions', () => {
  it('offers the enum names of a real workflowsteptype list (ExtraInfo empty)', () => {
    const list = mdoListSchema.parse(
      [
        [1, 'Send e-mail'],
        [7, 'Add to selection/project'],
        [15, 'Distribute to owner'],
      ].map(([Id, Name]) => ({ Id, Name, ExtraInfo: '' })),
    );
    expect(stepTypeOptions(list)).toEqual([
      { value: 'SendEmail', label: 'Send e-mail' },
      { value: 'AddToList', label: 'Add to selection/project' },
      { value: 'DistributeToOwner', label: 'Distribute to owner' },
    ]);
  });

  it('offers the standard step types without a list, never None', () => {
    const options = stepTypeOptions(undefined);
    expect(options).toHaveLength(15);
    expect(options[0]).toEqual({ value: 'SendEmail', label: 'Send e-mail' });
  });
});
