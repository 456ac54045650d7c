import { expect, test, type Locator } from '@playwright/test';
import { signIn } from './fixtures.ts';

const year = new Date().getFullYear();

/** Whether two elements' boxes share any area on the page. */
async function overlap(a: Locator, b: Locator) {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()];
  if (!x || !y) throw new Error('an element has no box');
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

test('at 320×700 the status bar sits below the totals note, not over it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await signIn(page, 'planner', '/targets');
  const grid = page.getByRole('grid', { name: `Targets ${year}` });
  await expect(grid).toBeVisible();
  // The note wraps to four lines here; the page's fixed height squeezed the grid's area below
  // its content, and "Row 1 of 33" was drawn over the note's last lines.
  const note = page.getByText(/^The totals add up the users with targets in/);
  const status = page.getByText(/^Row \d+ of \d+$/);
  await expect(note).toBeVisible();
  await expect(status).toBeVisible();
  expect(await overlap(note, status)).toBe(false);
  expect(await overlap(grid, note)).toBe(false);
  // Scrolled to the end, the status bar is reachable and shown whole.
  await status.scrollIntoViewIfNeeded();
  await expect(status).toBeInViewport({ ratio: 1 });
});
