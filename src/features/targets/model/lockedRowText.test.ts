import { describe, expect, it } from 'vitest';
import { lockedRowText } from './lockedRowText.ts';

describe('lockedRowText', () => {
  it('says what to do: unlock it, or ask someone who may', () => {
    expect(lockedRowText('Henry Shaw', true)).toBe(
      'Henry Shaw is locked, so its targets cannot be changed: unlock it first (Row actions, Unlock row).',
    );
    expect(lockedRowText('Henry Shaw', false)).toBe(
      'Henry Shaw is locked, so its targets cannot be changed: ask someone who may lock and unlock targets to unlock it.',
    );
  });
});
