import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';

/** The computed font size of a heading, in px. */
const size = (page: Page, name: string | RegExp) =>
  page
    .getByRole('heading', { level: 2, name })
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

/**
 * Targets for a year without targets: the panel's "No targets for 2028 yet" heading was larger
 * (20 px, the bare h2) than every other panel and card heading in the app (16 px).
 */
test('the Targets “No targets for … yet” panel heading is the size of the other card headings', async ({
  page,
}) => {
  await signIn(page, 'planner', '/events');
  const card = await size(page, 'Event');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Targets' })
    .click();
  const year = page.getByRole('combobox', { name: 'Year', exact: true });
  await expect(year).toBeVisible();
  // The latest year on offer has no targets in the sandbox (once the list of years has come).
  await expect.poll(() => year.locator('option').count()).toBeGreaterThan(1);
  const latest = await year.locator('option').first().getAttribute('value');
  await year.selectOption(latest!);
  const heading = page.getByRole('heading', { level: 2, name: /^No targets for \d{4} yet$/ });
  await expect(heading).toBeVisible();
  expect(await size(page, /^No targets for \d{4} yet$/)).toBe(card);
});
