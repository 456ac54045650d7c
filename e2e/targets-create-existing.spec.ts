import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/**
 * The load of a year's group answered 404 reads as "no targets yet" (a tenant may answer so for
 * a year without a group), so the page offers to create them; this year does have a group, so
 * Create is refused. The user wanted this year: the page offers the group, not another year.
 * Nothing is stored (the refusal changes nothing).
 */
const year = new Date().getFullYear();

test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test('creating targets a year already has offers to open them, not to choose another year', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await armFault(page.request, { on: 'GetTargetGroupForYear', kind: 'notFound' });
  await page.goto(`/targets?year=${year}`);
  await expect(page.getByRole('heading', { name: `No targets for ${year} yet` })).toBeVisible();
  const create = page.getByRole('button', { name: `Create targets for ${year}` });
  await expect(create).toBeEnabled();
  await create.click();

  const alert = page
    .getByRole('alert')
    .filter({ hasText: `The targets for ${year} already exist` });
  await expect(alert).toContainText(
    `targets for ${year} already exist. Nothing new was created: open them to see and change them.`,
  );
  await expect(alert).not.toContainText('Choose another year');
  await expectNoAxeViolations(page);
  await alert.getByRole('button', { name: `Open the targets for ${year}` }).click();
  await expect(page.getByRole('grid', { name: `Targets ${year}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `No targets for ${year} yet` })).toHaveCount(0);
});
