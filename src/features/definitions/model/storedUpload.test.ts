import { describe, expect, it } from 'vitest';
import { findStoredUpload, keysNamed } from './storedUpload.ts';

const def = (Key: string, Name: string) => ({ Key, Name });

describe('findStoredUpload', () => {
  const before = [def('k-1', 'Escalation'), def('k-2', 'Other')];

  it('is stored when one definition of that name is new since the upload started', () => {
    const now = [...before, def('k-9', 'Escalation')];
    expect(findStoredUpload('Escalation', keysNamed(before, 'Escalation'), now)).toEqual({
      outcome: 'stored',
      definition: def('k-9', 'Escalation'),
    });
  });

  it('is not stored when no definition of that name is new (an older one does not count)', () => {
    expect(findStoredUpload('Escalation', keysNamed(before, 'Escalation'), before)).toEqual({
      outcome: 'notStored',
    });
    expect(findStoredUpload('New one', keysNamed(before, 'New one'), before)).toEqual({
      outcome: 'notStored',
    });
  });

  it('leaves out definitions another file of the batch was stored as', () => {
    const now = [...before, def('k-8', 'Escalation'), def('k-9', 'Escalation')];
    const keys = keysNamed(before, 'Escalation');
    expect(findStoredUpload('Escalation', keys, now, new Set(['k-8']))).toMatchObject({
      outcome: 'stored',
      definition: { Key: 'k-9' },
    });
    // Two new ones and neither accounted for: which is this file cannot be told.
    expect(findStoredUpload('Escalation', keys, now)).toEqual({ outcome: 'unknown' });
  });

  it('cannot tell without the list from before when that name is there now', () => {
    expect(keysNamed(undefined, 'Escalation')).toBeNull();
    expect(findStoredUpload('Escalation', null, before)).toEqual({ outcome: 'unknown' });
    expect(findStoredUpload('Brand new', null, before)).toEqual({ outcome: 'notStored' });
  });

  it('compares names as sent, surrounding spaces ignored', () => {
    const now = [...before, def('k-9', ' Escalation ')];
    expect(findStoredUpload('Escalation', ['k-1'], now)).toMatchObject({ outcome: 'stored' });
  });
});
