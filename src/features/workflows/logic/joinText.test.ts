import { describe, expect, it } from 'vitest';
import { joinPickerLabel, joinSummaryText } from './joinText.ts';

describe('join texts', () => {
  it('say And and Or as they are', () => {
    expect([joinPickerLabel('And'), joinPickerLabel('Or')]).toEqual(['And', 'Or']);
    expect([joinSummaryText('And'), joinSummaryText('Or')]).toEqual([' and ', ' or ']);
  });

  it('say a join of None (or none at all) is not set, in the picker and the summary alike', () => {
    for (const op of ['None', null, undefined]) {
      expect(joinPickerLabel(op)).toBe('No join (None)');
      expect(joinSummaryText(op)).toBe(' — no join — ');
    }
  });

  it('keep a name Flowdesk does not know', () => {
    expect(joinPickerLabel('Xor')).toBe('Xor');
    expect(joinSummaryText('Xor')).toBe(' Xor ');
  });
});
