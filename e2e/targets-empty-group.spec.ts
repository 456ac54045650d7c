import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/**
 * A tenant may answer a year without a target group with an empty TargetGroup (TargetGroupId 0)
 * rather than a 404, null or 204. The sandbox answers so on request (its emptyTargetGroup fault),
 * for this year, which does have a group, so only that answer can make the page offer to create.
 */
const year = new Date().getFullYear();

test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

test('an empty target group (TargetGroupId 0) is treated as no group yet: the page offers to create one', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  // Enough for the page's first request and any refetch while the test looks.
  await armFault(page.request, {
    on: 'GetTargetGroupForYear',
    kind: 'emptyTargetGroup',
    times: 20,
  });
  await page.goto(`/targets?year=${year}`);
  await expect(page.getByRole('heading', { name: `No targets for ${year} yet` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Create targets for ${year}` })).toBeVisible();
  await expect(page.getByRole('grid')).toHaveCount(0);
});
