import { describe, expect, it } from 'vitest';
import { duplicateLinesText } from './csvDuplicates.ts';

describe('duplicateLinesText', () => {
  it('says the name is in the file twice, and which line is left out', () => {
    expect(duplicateLinesText('Chloe Martin', [12, 35], 1)).toBe(
      'Chloe Martin is in the file twice (lines 12 and 35); only one row has that name, so line 35 is left out',
    );
  });

  it('counts lines and rows when a name has several of each', () => {
    expect(duplicateLinesText('Anna Fischer', [3, 4, 5, 9], 2)).toBe(
      'Anna Fischer is in the file 4 times (lines 3, 4, 5 and 9); only 2 rows have that name, so lines 5 and 9 are left out',
    );
  });
});
