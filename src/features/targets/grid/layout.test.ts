import { describe, expect, it } from 'vitest';
import { COL_W, cellWidthFor, fitColumnWidths } from './layout.ts';

describe('column widths with the user’s text spacing (WCAG 1.4.12)', () => {
  // 0.12 em of the grid's 13 px: each character 1.56 px wider than the widths were made for.
  const spacing = 0.12 * 13;
  // "2,900,000" as Chromium draws it: 7 digits of 9.05 px, 2 separators of 4.94 px, 26 px of
  // padding and borders, and the spacing after each of its 9 characters.
  const drawn = 7 * 9.05 + 2 * 4.94 + 26 + 9 * spacing;

  it('widens the columns by the letter spacing of each character', () => {
    expect(fitColumnWidths('2,900,000', '34,800,000').colW).toBe(COL_W);
    // It was cut to "2,900,0…" in the default 112 px.
    expect(drawn).toBeGreaterThan(COL_W);
    expect(fitColumnWidths('2,900,000', '34,800,000', spacing).colW).toBeGreaterThanOrEqual(drawn);
    expect(cellWidthFor('2,900,000', spacing)).toBeGreaterThanOrEqual(drawn);
    expect(cellWidthFor('2,900,000', spacing) - cellWidthFor('2,900,000')).toBeLessThanOrEqual(
      Math.ceil(9 * spacing),
    );
  });
});
