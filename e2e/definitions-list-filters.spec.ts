import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { deleteDefinitionsNamed, uploadDefinition } from './definitionsAdminApi.ts';

/** The platform's list card, with its resource type filter and name search. */
const listCard = (page: Page) => page.getByRole('region', { name: 'On the platform' });
const listTable = (page: Page) => page.getByRole('table', { name: 'Workflow definitions' });

test.describe('the definitions list keeps its filters in the address', () => {
  test('a search and a resource type survive Back, a reload and a shared link', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/definitions');
    await expect(listTable(page)).toBeVisible();
    const card = listCard(page);
    await card.getByRole('combobox', { name: 'Resource type' }).click();
    await page.getByRole('option', { name: 'Ticket', exact: true }).click();
    await card.getByRole('searchbox', { name: 'Search by name' }).fill('triage');
    await expect(listTable(page).getByRole('rowheader')).toHaveText(['Support ticket triage']);
    await expect(page).toHaveURL(/\/definitions\?(?=.*type=ticket)(?=.*q=triage)/);

    const checkFiltered = async () => {
      await expect(card.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('triage');
      await expect(card.getByRole('combobox', { name: 'Resource type' })).toHaveText('Ticket');
      await expect(listTable(page).getByRole('rowheader')).toHaveText(['Support ticket triage']);
    };

    // Away and Back: the list is as it was left.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Settings' })
      .click();
    await expect(page).not.toHaveURL(/\/definitions/);
    await page.goBack();
    await checkFiltered();

    await page.reload();
    await checkFiltered();

    // A link someone shares opens the list as they saw it.
    await page.goto('/definitions?q=moderation');
    await expect(card.getByRole('searchbox', { name: 'Search by name' })).toHaveValue('moderation');
    await expect(listTable(page).getByRole('rowheader')).toHaveText(['Discussion moderation']);

    // Typing replaces the address rather than adding a step to Back for every letter.
    await page.goto('/');
    await page.goto('/definitions');
    await card.getByRole('searchbox', { name: 'Search by name' }).pressSequentially('app');
    await expect(page).toHaveURL(/\/definitions\?q=app$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
  });

  test('the count of definitions and matches is announced as the search changes', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/definitions');
    await expect(listTable(page)).toBeVisible();
    const count = listCard(page).getByRole('status');
    await expect(count).toHaveText(/^\d+ definitions$/);
    await listCard(page).getByRole('searchbox', { name: 'Search by name' }).fill('Support ticket');
    await expect(count).toHaveText(/^\d+ definitions, 1 matching the search$/);
  });

  test('a delete is announced once, by its notification: the count is not announced too', async ({
    page,
  }) => {
    const name = 'Announced once (e2e)';
    await deleteDefinitionsNamed(page.request, [name]);
    await uploadDefinition(page.request, name);
    try {
      await signIn(page, 'admin', '/definitions');
      const row = listTable(page).getByRole('rowheader', { name });
      await expect(row).toBeVisible();
      const total = await listTable(page).getByRole('rowheader').count();
      await page.getByRole('button', { name: `Delete ${name}` }).click();
      await page
        .getByRole('alertdialog', { name: `Delete “${name}”?` })
        .getByRole('button', { name: 'Delete definition' })
        .click();
      await expect(row).toHaveCount(0);
      // The count on view follows the list…
      await expect(listCard(page)).toContainText(`${total - 1} definitions`);
      // …but of the page's live regions only the notification speaks of the delete.
      const liveTexts = () =>
        page
          .locator('[role=status], [role=alert], [role=log], [aria-live]')
          .evaluateAll((regions) =>
            regions
              .filter((r) => !r.closest('[aria-live="off"]'))
              .map((r) => (r.textContent ?? '').trim())
              .filter((text) => text !== ''),
          );
      await expect.poll(liveTexts).toContainEqual(expect.stringContaining(`Deleted “${name}”`));
      expect(await liveTexts()).not.toContainEqual(expect.stringMatching(/\d+ definitions/));
    } finally {
      await deleteDefinitionsNamed(page.request, [name]);
    }
  });
});
