import { describe, expect, it } from 'vitest';
import { discardedAllText } from './discardedAllText.ts';

describe('discardedAllText', () => {
  it('says how many unsaved changes went and what the grid shows now', () => {
    expect(discardedAllText(4)).toBe(
      'Discarded 4 unsaved changes. The grid shows the saved targets.',
    );
  });

  it('says one change in the singular', () => {
    expect(discardedAllText(1)).toBe(
      'Discarded 1 unsaved change. The grid shows the saved targets.',
    );
  });
});
