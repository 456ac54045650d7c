import { describe, expect, it } from 'vitest';
import type { WorkflowStepOption } from './schemas.ts';
import { savedOptionShape } from './savedOptionShape.ts';

const saved: WorkflowStepOption = {
  WorkflowStepOptionId: 3,
  Key: 'else',
  Name: 'Everyone else',
  Rank: 3,
  Steps: [],
  TableRight: { Mask: 'FULL', Reason: '' },
};

describe('savedOptionShape', () => {
  it('drops the answer’s Key when the option was sent without one (loaded as WorkflowStepOptionBase)', () => {
    const { Key, ...sent } = saved;
    void Key;
    expect(savedOptionShape(sent, saved)).toEqual(sent);
  });

  it('keeps the answer as it is when the option was sent with a Key', () => {
    expect(savedOptionShape({ ...saved, Key: 'else' }, saved)).toBe(saved);
  });
});
