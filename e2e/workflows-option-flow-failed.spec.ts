import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/**
 * An option loaded without rights (GetWorkflowStepOption answers WorkflowStepOptionBase) follows
 * its flow's TableRight. When the flow cannot be loaded, a viewer must still not get a form the
 * server would refuse: the sandbox answers GetEmailFlow with a 500 (its error500 fault), which the
 * app retries twice before giving up.
 */
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

/** Resolves once the flow's request has failed `times` times (the first try and its retries). */
function flowFailures(page: Page, times: number): Promise<void> {
  let failed = 0;
  return new Promise((resolve) => {
    page.on('response', (res) => {
      if (/\/GetEmailFlow\?/.test(res.url()) && res.status() === 500 && ++failed === times)
        resolve();
    });
  });
}

test('a viewer’s option stays read-only when a refetch of its flow fails', async ({
  page,
  context,
}) => {
  await page.clock.install();
  await signIn(page, 'viewer', '/workflows/1/options/2');
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('Clicked pricing');
  await expect(name).toBeDisabled();
  await expect(page.getByText('Read-only:')).toBeVisible();

  await armFault(page.request, { on: 'GetEmailFlow', kind: 'error500', times: 20 });
  const failed = flowFailures(page, 3);
  // The flow's data goes stale, and the connection drops and comes back: the flow is refetched,
  // and that fails (TanStack Query keeps the last data with the error).
  await page.clock.fastForward('01:00');
  await context.setOffline(true);
  await context.setOffline(false);
  await failed;

  await expect(page.getByText('Read-only:')).toBeVisible();
  await expect(name).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
});

test('a viewer’s option whose flow never loaded is read-only, saying why', async ({ page }) => {
  await signIn(page, 'viewer', '/');
  await armFault(page.request, { on: 'GetEmailFlow', kind: 'error500', times: 20 });
  await page.goto('/workflows/1/options/2');
  await expect(
    page.getByText(
      'Read-only: The flow this option belongs to could not be loaded, so what you may change here is not known. Reload the page to edit the option.',
    ),
  ).toBeVisible({ timeout: 30_000 });
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('Clicked pricing');
  await expect(name).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
});
