import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

// A fault a test armed and did not use up must not hit the next test.
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

async function openTargets(page: Page) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Targets' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Targets' })).toBeVisible();
}

test.describe('targets pickers whose lists fail to load', () => {
  test('a year list that fails says so, and Try again brings the years back to the Year picker', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/');
    await armFault(page.request, { on: 'MDOList/targetyear', kind: 'error500', times: 3 }); // the app retries a 500 twice
    await openTargets(page);
    const warning = page.getByRole('status').filter({ hasText: 'Could not load the target years' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText(/Year offers only \d{4} meanwhile\./);
    await expectNoAxeViolations(page);
    await warning.getByRole('button', { name: 'Try again' }).click();
    await expect(warning).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Year' })).toBeFocused();
    await expect(page.getByRole('combobox', { name: 'Year' }).getByRole('option')).not.toHaveCount(
      1,
    );
  });

  test('a target type list the app cannot read says so, instead of a bare "–"', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/');
    await armFault(page.request, { on: 'MDOList/targettypes', kind: 'malformed' });
    await openTargets(page);
    const warning = page.getByRole('status').filter({ hasText: 'Could not load the target types' });
    await expect(warning).toContainText('The targets of the default type are shown meanwhile.');
    await warning.getByRole('button', { name: 'Try again' }).click();
    await expect(warning).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Target type' })).toBeFocused();
  });
});

test.describe('targets pickers look', () => {
  test('opened directly, the Year and Target type pickers look enabled, not greyed out', async ({
    page,
  }) => {
    await signIn(page, 'planner', '/targets');
    await expect(page.getByRole('heading', { level: 1, name: 'Targets' })).toBeVisible();
    // A <select> always matches :read-only, and the input look greyed those out (--color-bg-muted)
    // when its stylesheet came after the page's: an enabled picker looked disabled.
    for (const label of ['Year', 'Target type']) {
      const picker = page.getByLabel(label, { exact: true });
      await expect(picker).toBeEnabled();
      await expect(picker).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    }
  });
});
