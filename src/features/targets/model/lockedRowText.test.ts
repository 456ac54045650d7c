import { describe, expect, it } from 'vitest';
import { lockedPasteNextStep, lockedRowText } from './lockedRowText.ts';

describe('lockedRowText', () => {
  it('says what to do: unlock it, or ask someone who may', () => {
    expect(lockedRowText('Henry Shaw', true)).toBe(
      'Henry Shaw is locked, so its targets cannot be changed: unlock it first (Row actions, Unlock row).',
    );
    expect(lockedRowText('Henry Shaw', false)).toBe(
      'Henry Shaw is locked, so its targets cannot be changed: ask someone who may lock and unlock targets to unlock it.',
    );
  });

  it('says what to do after a paste refused over locked rows', () => {
    expect(lockedPasteNextStep(['Henry Shaw'], [])).toBe(
      'Unlock it first (Row actions, Unlock row), then paste again.',
    );
    expect(lockedPasteNextStep([], ['Flowdesk Demo AS', 'Sales Nordics'])).toBe(
      'Ask someone who may lock and unlock targets to unlock them, then paste again.',
    );
    expect(lockedPasteNextStep(['Henry Shaw'], ['Sales Nordics'])).toBe(
      'Unlock Henry Shaw first (Row actions, Unlock row) and ask someone who may lock and unlock targets to unlock Sales Nordics, then paste again.',
    );
  });
});
