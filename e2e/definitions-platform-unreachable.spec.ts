import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn, type DemoUser } from './fixtures.ts';
import { armFault, clearFaults, type Fault } from './sandboxFaults.ts';

const dropZone = (page: Page) =>
  page.getByRole('button', { name: 'Drop XML files here, or choose files to upload' });
const listTable = (page: Page) => page.getByRole('table', { name: 'Workflow definitions' });
const deleteButtons = (page: Page) => page.getByRole('button', { name: /^Delete / });
const rightsNotice = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'Upload and delete wait for the API platform' });

/** Signs in to Flowdesk, arms `faults`, then opens the definitions page from the menu. */
async function openDefinitions(page: Page, user: DemoUser, faults: Fault[]) {
  await signIn(page, user);
  for (const fault of faults) await armFault(page.request, fault);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Definitions' })
    .click();
}

test.describe('the API platform out of reach when the definitions page opens', () => {
  test.afterEach(async ({ request }) => {
    await clearFaults(request);
  });

  test('a viewer whose first platform sign-in failed gets no upload or delete once the list loads', async ({
    page,
  }) => {
    // The page's own sign-in fails (a 500: a dropped connection Chromium may send again); the
    // list's call, a moment later, signs in again and it works.
    await openDefinitions(page, 'viewer', [{ on: '/api/login', kind: 'error500' }]);

    await expect(listTable(page).getByRole('rowheader').first()).toBeVisible();
    // It offered upload and delete: the rights of a sign-in that failed were taken as "may".
    await expect(
      page.getByText(/^Read-only: .+ may not upload or delete workflow definitions/),
    ).toBeVisible();
    await expect(dropZone(page)).toHaveCount(0);
    await expect(deleteButtons(page)).toHaveCount(0);
  });

  for (const [who, user] of [
    ['a viewer', 'viewer'],
    ['an admin', 'admin'],
  ] as const) {
    test(`${who} gets no upload or delete while it cannot be reached; once it can, what the platform allows`, async ({
      page,
    }) => {
      await openDefinitions(page, user, [
        { on: '/api/login', kind: 'drop', times: 100 },
        { on: '/api/workflow/definitions', kind: 'drop', times: 100 },
      ]);

      const notice = rightsNotice(page);
      await expect(notice).toContainText(
        'Flowdesk could not sign you in to the API platform, so it does not know yet whether you may upload or delete workflow definitions. Try again once the platform can be reached.',
      );
      await expect(page.getByText('The definitions could not be loaded')).toBeVisible();
      await expect(dropZone(page)).toHaveCount(0);
      await expect(page.getByText(/^Read-only:/)).toHaveCount(0);
      await expectNoAxeViolations(page);

      // One Try again on the page: the notice's signs in again and reloads the list too.
      await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(1);
      await clearFaults(page.request);
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(listTable(page).getByRole('rowheader').first()).toBeVisible();
      await expect(notice).toHaveCount(0);
      if (user === 'viewer') {
        await expect(
          page.getByText(/^Read-only: .+ may not upload or delete workflow definitions/),
        ).toBeVisible();
        await expect(dropZone(page)).toHaveCount(0);
        await expect(deleteButtons(page)).toHaveCount(0);
      } else {
        await expect(dropZone(page)).toBeVisible();
        await expect(deleteButtons(page).first()).toBeVisible();
      }
    });
  }
});
