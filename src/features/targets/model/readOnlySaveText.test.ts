import { describe, expect, it } from 'vitest';
import { readOnlySaveText } from './readOnlySaveText.ts';

describe('readOnlySaveText', () => {
  it('says nothing is saved, with the read-only reason as a sentence', () => {
    expect(readOnlySaveText('Your role may only view targets')).toBe(
      'Nothing is saved: read-only. Your role may only view targets.',
    );
    expect(readOnlySaveText('You can only view these targets.')).toBe(
      'Nothing is saved: read-only. You can only view these targets.',
    );
  });

  it('says it without a reason when there is none', () => {
    expect(readOnlySaveText('  ')).toBe('Nothing is saved: read-only.');
  });
});
