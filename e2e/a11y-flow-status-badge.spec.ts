import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * At 390 px a flow's description under its name takes two lines: the status badge beside it sat
 * between them (centred on the block) instead of on the first line it starts.
 */
test('at 390 px the flow status badge is level with the first line of the description', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'admin', '/workflows/2');
  await expect(page.getByRole('heading', { level: 1, name: 'Webinar follow-up' })).toBeVisible();
  const status = page.getByText('Running', { exact: true });
  // The badge and the description share a line box: the description is the text beside it.
  const description = page.getByText(/After a webinar:/);
  const look = await description.evaluate((el) => {
    const text = [...el.childNodes].find(
      (n): n is Text => n instanceof Text && n.data.includes('After'),
    )!;
    const range = document.createRange();
    range.selectNodeContents(text);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    range.setEnd(text, text.data.indexOf(' '));
    const first = range.getBoundingClientRect();
    return { firstMiddle: first.top + first.height / 2, lines };
  });
  // The case in question: the description wraps.
  expect(look.lines).toBeGreaterThan(1);
  const badge = (await status.boundingBox())!;
  expect(Math.abs(badge.y + badge.height / 2 - look.firstMiddle)).toBeLessThanOrEqual(2);
});
