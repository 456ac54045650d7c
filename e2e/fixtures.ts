import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export type DemoUser = 'admin' | 'planner' | 'viewer';

/** Signs in through the sign-in page as a user would, then waits for the app shell. */
export async function signIn(page: Page, user: DemoUser, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Sign in to Flowdesk' })).toBeVisible();
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(user);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** axe with WCAG 2 A/AA rules: the page must have no violations. */
export async function expectNoAxeViolations(page: Page) {
  // Checked as the page settles, not mid-animation: a toast fading in has, for a moment, text too
  // faint to pass the contrast rule. Endless animations (spinners) are not waited for.
  // (At most 2 s: a paused animation never finishes.)
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}
