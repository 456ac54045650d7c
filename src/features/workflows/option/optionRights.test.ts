import { describe, expect, it } from 'vitest';
import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { buildAccessModel } from '../../../rights/accessModel.ts';
import { optionRights } from './optionRights.ts';

const readOnlyFlow = { TableRight: { Mask: 'Select', Reason: 'You may only view flows.' } };
const base: WorkflowStepOption = {
  WorkflowStepOptionId: 2,
  Name: 'Clicked pricing',
  Rank: 2,
  Steps: [],
};

describe('optionRights', () => {
  it('an option without rights (WorkflowStepOptionBase) follows its flow’s TableRight', () => {
    const rights = optionRights(base, readOnlyFlow);
    expect(rights?.TableRight).toEqual(readOnlyFlow.TableRight);
    expect(buildAccessModel(rights).formReadOnly).toBe(true);
  });

  it('waits for the flow, and without it takes the option as it is', () => {
    expect(optionRights(base, undefined)).toBeUndefined();
    expect(optionRights(base, undefined, true)).toBe(base);
  });

  it('an option that carries rights follows its own, even a null TableRight', () => {
    const own: WorkflowStepOption = { ...base, TableRight: { Mask: 'FULL', Reason: '' } };
    expect(optionRights(own, readOnlyFlow)).toBe(own);
    const notComputed: WorkflowStepOption = { ...base, TableRight: null };
    expect(optionRights(notComputed, readOnlyFlow)).toBe(notComputed);
  });
});
