import { describe, expect, it } from 'vitest';
import { actionSentence, undoneText } from './actionText.ts';

describe('action announcements', () => {
  it('end with a full stop, once', () => {
    expect(actionSentence('Locked Leo Russo.')).toBe('Locked Leo Russo.');
    expect(actionSentence('Paste 2 × 3: 6 cells changed')).toBe('Paste 2 × 3: 6 cells changed.');
  });

  it('say what was undone or redone as a sentence', () => {
    expect(undoneText('Undone', 'Locked Leo Russo.')).toBe('Undone: locked Leo Russo.');
    expect(undoneText('Redone', 'Split 12 evenly over Chloe Martin’s 12 months.')).toBe(
      'Redone: split 12 evenly over Chloe Martin’s 12 months.',
    );
    expect(undoneText('Undone', 'Import CSV: 3 cells changed')).toBe(
      'Undone: import CSV: 3 cells changed.',
    );
    expect(undoneText('Undone', 'CSV import')).toBe('Undone: CSV import.');
  });
});
