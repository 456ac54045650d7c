import { describe, expect, it } from 'vitest';
import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { withKnownKey } from './withKnownKey.ts';

const read: WorkflowStepOption = { WorkflowStepOptionId: 9, Name: 'Opened', Rank: 2, Steps: [] };

describe('withKnownKey', () => {
  it('gives an option read without a Key the one the editor knows', () => {
    expect(withKnownKey(read, { ...read, Key: 'opened' })).toEqual({ ...read, Key: 'opened' });
  });

  it('keeps the Key read, and adds none the editor does not know', () => {
    const withKey = { ...read, Key: 'stored' };
    expect(withKnownKey(withKey, { ...read, Key: 'opened' })).toBe(withKey);
    expect(withKnownKey(read, read)).toBe(read);
  });
});
