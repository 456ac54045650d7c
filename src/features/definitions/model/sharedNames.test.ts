import { describe, expect, it } from 'vitest';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { deleteLabel, isNameShared, keysWithSharedName, sharedNameNote } from './sharedNames.ts';

const def = (Key: string, Name: string) => ({ Key, Name }) as WorkflowDefinition;

describe('shared names', () => {
  it('finds the definitions whose name another also has, case and spaces aside', () => {
    const list = [def('k1', 'Triage'), def('k2', 'triage '), def('k3', 'Approval')];
    expect([...keysWithSharedName(list)]).toEqual(['k1', 'k2']);
    expect(keysWithSharedName([def('k3', 'Approval')]).size).toBe(0);
  });

  it('tells whether a name is on the platform more than once, case and spaces aside', () => {
    expect(isNameShared('Triage', ['Triage', 'triage ', 'Approval'])).toBe(true);
    expect(isNameShared('Triage', ['Triage', 'Approval'])).toBe(false);
  });

  it('names a shared one’s Delete button by its key’s start, and says its whole key', () => {
    const d = def('0a6efb9d-1111-2222-3333-444444444444', 'Triage');
    expect(deleteLabel(d, true)).toBe('Delete Triage (key 0a6efb9d)');
    expect(deleteLabel(d, false)).toBe('Delete Triage');
    expect(sharedNameNote(d)).toBe(
      'Another definition is also named “Triage”: this is the one with key 0a6efb9d-1111-2222-3333-444444444444.',
    );
  });
});
