import { expect, type Page } from '@playwright/test';

/**
 * Checks that `text` is said nowhere on the page: not in its text (hidden elements included), nor
 * in an accessible name, description or tooltip given by attribute, nor in the tab's title. For
 * a value the user's role may not see.
 */
export async function expectSaidNowhere(page: Page, text: string) {
  await expect(page.getByText(text)).toHaveCount(0);
  const attributes = ['aria-label', 'aria-description', 'title', 'alt', 'placeholder'];
  const quoted = JSON.stringify(text);
  await expect(page.locator(attributes.map((a) => `[${a}*=${quoted}]`).join(', '))).toHaveCount(0);
  expect(await page.title()).not.toContain(text);
}
