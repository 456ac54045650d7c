import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * A browser without Web Locks (an older or embedded browser, a page not served over HTTPS) tells
 * open tabs by leases in localStorage. A tab whose page went into the back-forward cache may come
 * back as it was, showing its unsaved edit: another tab opened meanwhile leaves that edit to it.
 * The test has its own option of flow 1's split, made through the API and deleted after.
 */

let optionId = 0;
const address = () => `/workflows/1/options/${optionId}`;

test.beforeEach(async ({ request }, info) => {
  const flow = await workflowAsAdmin(request, 'GetEmailFlow', { query: { emailFlowId: 1 } });
  const split = (flow.Steps as { WorkflowStepId: number; StepType: string }[]).find(
    (s) => s.StepType === 'Split',
  )!;
  const split3 = await workflowAsAdmin(request, 'GetWorkflowStep', {
    body: { WorkflowStepId: split.WorkflowStepId },
  });
  const saved = await workflowAsAdmin(request, 'SaveWorkflowStepOption', {
    body: {
      WorkflowStepOptionId: 0,
      WorkflowStepId: split.WorkflowStepId,
      WorkflowId: 1,
      OptionType: 'FormData',
      Key: `e2e-tab-away-${info.workerIndex}-${Date.now()}`,
      Name: 'Tab away option',
      // After the split's paths, so the others keep their places.
      Rank: (split3.Options ?? []).length + 1,
      Steps: [],
    },
  });
  optionId = saved.WorkflowStepOptionId;
});

test.afterEach(async ({ request }) => {
  if (optionId)
    await workflowAsAdmin(request, 'DeleteWorkflowStepOption', {
      query: { WorkflowStepOptionId: optionId },
    });
  optionId = 0;
});

const nameField = (page: Page) => page.getByRole('textbox', { name: 'Name', exact: true });
const backNotice = (page: Page) => page.getByText(/^Your unsaved changes from .+ are back$/);

/** A tab of the browser, on the option, signed in as admin. */
async function openTab(page: Page) {
  // A reload with unsaved changes asks the browser's own question first: leave.
  page.on('dialog', (d) => void d.accept());
  await signIn(page, 'admin', address());
  await expect(nameField(page)).toHaveValue('Tab away option');
}

test('without Web Locks, the edit of a tab kept in the back-forward cache is left to it, not offered in the next tab', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    delete (Navigator.prototype as { locks?: LockManager }).locks;
  });
  const a = await context.newPage();
  await openTab(a);
  const b = await context.newPage();
  await openTab(b);
  expect(await b.evaluate(() => 'locks' in navigator)).toBe(false);

  await nameField(b).fill('Named in cached tab B');
  await expect
    .poll(() =>
      a.evaluate(
        (id) =>
          Object.entries(localStorage).some(
            ([key, value]) =>
              key.startsWith(`flowdesk.workflows.draft./workflows/1/options/${id}~`) &&
              value.includes('Named in cached tab B'),
          ),
        optionId,
      ),
    )
    .toBe(true);
  const tabB = await b.evaluate(() => sessionStorage.getItem('flowdesk.tabId'));
  // Tab B goes to another site and its page is kept in the back-forward cache: told it goes
  // (persisted), then frozen, as the browser does (Playwright's Chromium runs without the cache).
  await b.evaluate(() =>
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })),
  );
  const cdp = await context.newCDPSession(b);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  // Longer than a page reloading is waited for (1.5 s): B counted as closed after that before.
  await expect
    .poll(
      () =>
        a.evaluate((id) => {
          const text = localStorage.getItem(`flowdesk.tabLease.${id}`) ?? '{}';
          const lease = JSON.parse(text) as { at?: number };
          return Date.now() - (lease.at ?? Date.now());
        }, tabB),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(2_500);

  const c = await context.newPage();
  await openTab(c);
  await expect(backNotice(c)).toHaveCount(0);

  // Back from the cache, B still shows its edit, and keeps it over a reload.
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await b.evaluate(() =>
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })),
  );
  await b.bringToFront();
  await expect(nameField(b)).toHaveValue('Named in cached tab B');
  await b.reload();
  await expect(backNotice(b)).toBeVisible();
  await expect(nameField(b)).toHaveValue('Named in cached tab B');
  await context.close();
});
