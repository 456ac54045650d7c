import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/**
 * A record whose TableRight lacks Select is hidden (contract §2.4): its page says so and tells
 * nothing of what it holds, its name included (as a hidden goal is named 'Goal 3', a hidden flow
 * 'Flow 2'). An option is hidden by its own TableRight, or by its flow's, which stands in for the
 * rights GetWorkflowStepOption does not send (optionRights).
 */
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

const hiddenNotice = 'This record is hidden from you.';

test('an option the server hides is named by its id, not its name', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await armFault(page.request, { on: 'GetWorkflowStepOption', kind: 'hiddenRecord', times: 20 });
  await page.goto('/workflows/2/options/4');
  await expect(page.getByRole('status').filter({ hasText: hiddenNotice })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Option 4');
  await expect(page).toHaveTitle(/^Option 4 /);
  await expect(page.getByText('Attended')).toHaveCount(0);
});

test('under a flow the server hides, neither the flow’s name nor the option’s is shown', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await armFault(page.request, { on: 'GetEmailFlow', kind: 'hiddenRecord', times: 20 });
  await page.goto('/workflows/2/options/4');
  await expect(page.getByRole('status').filter({ hasText: hiddenNotice })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Option 4');
  const crumbs = page.getByRole('navigation', { name: /breadcrumb/i });
  await expect(crumbs.getByRole('link', { name: 'Flow 2' })).toBeVisible();
  await expect(page.getByText('Webinar follow-up')).toHaveCount(0);
  await expect(page.getByText('Attended')).toHaveCount(0);
});

test('a goal under a flow the server hides does not show the flow’s name', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await armFault(page.request, { on: 'GetEmailFlow', kind: 'hiddenRecord', times: 20 });
  // The goal answers late, so its heading can only come from the flow: once it names the goal's
  // type, the flow has answered and the breadcrumb shows what the page makes of it. (While the
  // flow loads, the breadcrumb says 'Flow 2' anyway, so checking it earlier proves nothing.)
  await armFault(page.request, { on: 'GetWorkflowGoal?', kind: 'slow', delayMs: 30_000 });
  await page.goto('/workflows/2/goals/3');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Goal: Added to project', {
    timeout: 20_000,
  });
  await expect(page.getByText('Loading goal…')).toBeAttached();
  const crumbs = page.getByRole('navigation', { name: /breadcrumb/i });
  await expect(crumbs.getByRole('link', { name: 'Flow 2' })).toBeVisible();
  await expect(page.getByText('Webinar follow-up')).toHaveCount(0);
});

test('a new option under a flow the server hides is refused without sending the user to that flow’s page', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await armFault(page.request, { on: 'GetEmailFlow', kind: 'hiddenRecord', times: 20 });
  await page.goto('/workflows/2/options/new?step=14&type=FormSubmission');
  await expect(page.getByText('You cannot add options')).toBeVisible();
  await expect(
    page.getByText('The flow is hidden from you, so no option can be added to it.'),
  ).toBeVisible();
  await expect(page.getByText(/The flow page shows/)).toHaveCount(0);
});

test('an option that answers before its flow is named by its id until the flow’s rights are known', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  // The flow's TableRight stands in for the option's, which may hide it: until the flow answers,
  // the heading (and the tab title the page announces) must not name the option.
  await armFault(page.request, { on: 'GetEmailFlow?', kind: 'slow', delayMs: 10_000, times: 5 });
  let flowAnswered = false;
  page.on('response', (response) => {
    if (/GetEmailFlow\?/.test(response.url())) flowAnswered = true;
  });
  await page.goto('/workflows/2/options/4');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Option 4');
  await expect(heading).toHaveText('Attended', { timeout: 30_000 });
  // The response event comes before the page can render what it carries, so a name shown before
  // the flow answered leaves this false.
  expect(flowAnswered, 'the option was named before its flow answered').toBe(true);
  await expect(page).toHaveTitle(/^Attended /);
});
