import { describe, expect, it } from 'vitest';
import { asSentence, readableReason } from './reason.ts';

describe('reason text', () => {
  it('ends a reason without its full stop with one', () => {
    expect(asSentence('Your role may view but not change this')).toBe(
      'Your role may view but not change this.',
    );
    expect(asSentence(' Viewers cannot edit ')).toBe('Viewers cannot edit.');
  });

  it('leaves a reason that already ends a sentence as it is', () => {
    expect(asSentence('You do not have permission to change this record.')).toBe(
      'You do not have permission to change this record.',
    );
    expect(asSentence('Locked by “Ada”!')).toBe('Locked by “Ada”!');
    expect(asSentence('Is this locked?')).toBe('Is this locked?');
    expect(asSentence('(See the target year.)')).toBe('(See the target year.)');
    expect(asSentence('')).toBe('');
  });

  it('drops resource ids the server did not translate', () => {
    expect(readableReason('[SR_MANDATORY_FIELD_1281]')).toBe('');
    expect(readableReason(' Locked ')).toBe('Locked');
  });
});
