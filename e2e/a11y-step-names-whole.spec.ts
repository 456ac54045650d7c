import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * At 390 px the flow page's steps in a nested split broke a hyphenated step type at its hyphen
 * ("Create follow- / up"), as the flows list once did with "Re- / engagement".
 */
test('at 390 px a hyphenated step type on the flow page stays on one line (“follow-up”)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'admin', '/workflows/2');
  const paths = page.getByRole('list', { name: 'Steps of A customers' });
  const step = paths.getByRole('listitem').filter({ hasText: 'Create follow-up' });
  await expect(step).toBeVisible();
  // The lines the words "follow-up" are drawn on: one, not two.
  const lines = await step.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      const at = text.data.indexOf('follow-up');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 'follow-up'.length);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    }
    return -1;
  });
  expect(lines).toBe(1);
});
