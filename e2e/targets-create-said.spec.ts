import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { deleteTargetGroupOfYear } from './targetsAdminApi.ts';

const year = new Date().getFullYear();
/** Next year: no group until this test creates one (deleted again after). */
const next = year + 1;

test.afterEach(async ({ request }) => {
  await deleteTargetGroupOfYear(request, next);
});

test('creating next year’s targets from this year’s + 3.5 % says they were created and how', async ({
  page,
  request,
}) => {
  await deleteTargetGroupOfYear(request, next);
  await signIn(page, 'admin', `/targets?year=${next}`);
  await page.getByLabel('Change in %').fill('3.5');
  await page.getByRole('button', { name: `Create targets for ${next}` }).click();
  await expect(page.getByRole('grid', { name: `Targets ${next}` })).toBeVisible();
  // The grid appeared with no word that the targets were created, nor from what.
  await expect(page.getByText(`Targets for ${next} created`).first()).toBeVisible();
  await expect(
    page.getByText(`Each row starts from its ${year} values +3.5 %.`).first(),
  ).toBeVisible();
});
