import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';

/**
 * A SuperOffice tenant has no GetEmailFlowList or GetRestrictableFields (contract §3, §12): the
 * sandbox's own list methods are made to answer as a tenant answers a method it does not have,
 * a 404 (§1.3), and the pages must say what the server does not offer, not "could not load".
 */
async function withoutMethod(page: Page, method: string) {
  const fault = await page.request.post('/api/sandbox/faults', {
    data: { PathContains: method, Kind: 'notFound', Times: 50 },
  });
  expect(fault.ok()).toBe(true);
}

test.afterEach(async ({ page }) => {
  expect((await page.request.delete('/api/sandbox/faults')).ok()).toBe(true);
});

test('a server without a list of flows says so and opens a flow by its id, remembering it', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await withoutMethod(page, 'GetEmailFlowList');
  await page.goto('/workflows');
  await expect(
    page.getByRole('status').filter({ hasText: 'This server does not list flows' }),
  ).toContainText('Open a flow by its id instead');
  // Not a missing record, and no button that reloads the same page.
  await expect(page.getByText('Not found')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'All flows' })).toHaveCount(0);
  await expect(page.getByRole('searchbox', { name: 'Search flows' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const flowId = page.getByLabel('Flow id');
  const open = page.getByRole('button', { name: 'Open' });
  await open.click();
  await expect(flowId).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Type the id of the flow to open.')).toBeVisible();
  await expect(flowId).toBeFocused();
  await flowId.fill('1.5');
  await flowId.press('Enter');
  await expect(
    page.getByText('“1.5” is not a flow id: flow ids are whole numbers, such as 12.'),
  ).toBeVisible();
  await flowId.fill('1');
  await open.click();
  await expect(page).toHaveURL(/\/workflows\/1$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome series' })).toBeVisible();

  // Back on the flows page, the flow just opened is offered again.
  await page.getByRole('link', { name: 'Workflows' }).first().click();
  const recent = page.getByRole('region', { name: 'Opened recently in this browser' });
  await recent.getByRole('link', { name: 'Welcome series' }).click();
  await expect(page).toHaveURL(/\/workflows\/1$/);
});

test('a goal on a server without a field list says none is offered, with no Try again', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await withoutMethod(page, 'GetRestrictableFields');
  // The flow page describes its goals from what their conditions store, and says nothing.
  await page.goto('/workflows/1');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome series' })).toBeVisible();
  await expect(page.getByText('Could not load the fields conditions can use')).toHaveCount(0);

  await page.goto('/workflows/1/goals/1');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'This server does not offer a list of fields' });
  await expect(notice).toContainText('Each condition keeps the field stored with it');
  await expect(notice.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await expect(page.getByText('Could not load the fields conditions can use')).toHaveCount(0);
  // The stored field still shows on its condition.
  await expect(
    page.getByRole('group', { name: 'Condition 1' }).first().getByRole('combobox', {
      name: 'Field',
    }),
  ).not.toHaveText('');
  await expectNoAxeViolations(page);
});
