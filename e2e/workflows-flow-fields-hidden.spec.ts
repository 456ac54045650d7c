import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { expectSaidNowhere } from './saidNowhere.ts';
import { armFault, clearFaults, rewriteAnswers } from './sandboxFaults.ts';

/**
 * A flow's Name, Description and Status the user's role may not see (FieldRight None, contract
 * §2.4) are shown nowhere, though the sandbox still sends them (as a tenant may): the flow is
 * named by its id, as a hidden flow is ('Flow 2'). Flow 2 is 'Webinar follow-up', running, 'After
 * a webinar: recording for attendees, a nudge for no-shows.'
 */
test.afterEach(async ({ request }) => {
  await clearFaults(request);
});

const hidden = { mask: 'None', reason: 'Your role may not see this field' };
const hideFlowFields = (page: Page) =>
  rewriteAnswers(page.request, {
    on: 'GetEmailFlow?',
    fieldRights: { Name: hidden, Description: hidden, Status: hidden },
  });

test('the flow page names a flow whose name is hidden by its id, without its description or status', async ({
  page,
}) => {
  await signIn(page, 'admin', '/');
  await hideFlowFields(page);
  await page.goto('/workflows/2');
  // Loaded: its steps are listed.
  await expect(page.getByRole('list', { name: 'Main-line steps' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Flow 2');
  await expect(page).toHaveTitle('Flow 2 · Workflows · Flowdesk');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Flow 2');
  await expectSaidNowhere(page, 'Webinar follow-up');
  await expect(page.getByText(/After a webinar/)).toHaveCount(0);
  await expect(page.getByText('Running', { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a goal under a flow whose name is hidden names the flow by its id', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await hideFlowFields(page);
  await page.goto('/workflows/2/goals/3');
  await expect(page.getByLabel('Group name')).toHaveValue('Engaged attendees');
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Flow 2' })).toBeVisible();
  await expectSaidNowhere(page, 'Webinar follow-up');
});

test('the browser tab names a flow the server hides by its id', async ({ page }) => {
  await signIn(page, 'admin', '/');
  await armFault(page.request, { on: 'GetEmailFlow?', kind: 'hiddenRecord', times: 20 });
  await page.goto('/workflows/2');
  await expect(page.getByText('This record is hidden from you.')).toBeVisible();
  await expect(page).toHaveTitle('Flow 2 · Workflows · Flowdesk');
});
