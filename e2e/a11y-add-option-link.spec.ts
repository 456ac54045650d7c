import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * "+ Add option to …" under a split on the flow page: the plus sat above the line of text (on
 * its baseline), and the link's underline began under a blank before the words.
 */
for (const [width, height] of [
  [1280, 800],
  [390, 844],
])
  test(`at ${width} px the Add option link's plus is centred on its text, underline under the words only`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await signIn(page, 'admin', '/workflows/1');
    const link = page.getByRole('link', { name: 'Add option to What did they click?' });
    await expect(link).toBeVisible();
    const look = await link.evaluate((el) => {
      const icon = el.querySelector('svg')!.getBoundingClientRect();
      const words = [...el.childNodes].find(
        (n): n is Text => n instanceof Text && /Add option/.test(n.data),
      )!;
      const range = document.createRange();
      range.setStart(words, 0);
      range.setEnd(words, words.data.indexOf('Add'));
      // The blank before "Add": drawn (and underlined) when it takes room.
      const blank = range.getBoundingClientRect().width;
      range.setEnd(words, words.data.indexOf('Add') + 3);
      range.setStart(words, words.data.indexOf('Add'));
      const line = range.getBoundingClientRect();
      const middle = (r: DOMRect) => r.top + r.height / 2;
      return { offCentre: Math.abs(middle(icon) - middle(line)), blank };
    });
    expect(look.offCentre, 'plus off the middle of the text line (px)').toBeLessThanOrEqual(1.5);
    expect(look.blank, 'underlined blank between the plus and the words (px)').toBe(0);
  });
