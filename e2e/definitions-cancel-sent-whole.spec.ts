import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';
import { armFault, clearFaults, type Fault } from './sandboxFaults.ts';
import { definitionNames, deleteDefinitionsNamed } from './definitionsAdminApi.ts';

const UPLOADED_NAMES = ['Cancelled but stored', 'Cancelled in time'];

const fileRow = (page: Page, file: string) => page.getByRole('region', { name: file });

/** Sends `file` with the sandbox misbehaving as `fault`, and cancels it once it was sent whole. */
async function cancelOnceSentWhole(page: Page, file: string, fault: Fault) {
  await signIn(page, 'admin', '/definitions');
  await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
  await page
    .locator('input[type=file][aria-label="Definition files"]')
    .setInputFiles([xmlFile(file, definitionXml('@StartCancelled'))]);
  const row = fileRow(page, file);
  await row.getByLabel('Description').fill('Sent, then cancelled');
  await row.getByRole('combobox', { name: 'Resource type' }).click();
  await page.getByRole('option', { name: 'Ticket', exact: true }).click();
  await armFault(page.request, fault);
  await row.getByRole('button', { name: `Upload ${file}` }).click();
  await expect(
    row.getByText('Sent; waiting for the platform to check and store it…'),
  ).toBeVisible();
  return row;
}

test.describe('an upload cancelled after the whole file was sent', () => {
  test.afterEach(async ({ request }) => {
    await clearFaults(request);
    await deleteDefinitionsNamed(request, UPLOADED_NAMES);
  });

  test('the platform stored it anyway: the row says so and deletes it on request', async ({
    page,
  }) => {
    const name = 'Cancelled but stored';
    // Stored at once; its answer held back, so the cancel comes after the platform stored it.
    const row = await cancelOnceSentWhole(page, 'cancelled-but-stored.xml', {
      on: '/api/workflow/definitions',
      kind: 'slowAfter',
      delayMs: 30_000,
    });
    await expect.poll(() => definitionNames(page.request)).toContain(name);
    await row.getByRole('button', { name: 'Cancel cancelled-but-stored.xml' }).click();

    // It said only "may still store it; look in the list", and Retry would have added it twice.
    await expect(row).toContainText(
      `The whole file had been sent when its upload was cancelled, and the platform stored it anyway as “${name}”. Delete it if you did not want it.`,
    );
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
    await expect(page.getByTestId('live-announcer')).toContainText(
      `“${name}” was stored although its upload was cancelled. Delete it in its row if you did not want it.`,
    );
    await expectNoAxeViolations(page);

    // One way to delete it, which asks first in the list's own words; the row's other control
    // only takes it off the batch, and shows no bin (two bins side by side read as two deletes).
    await expect(row.getByRole('button', { name: /^Delete/ })).toHaveCount(1);
    const dismiss = row.getByRole('button', {
      name: 'Remove cancelled-but-stored.xml from the batch',
    });
    await expect(dismiss).toBeVisible();
    await expect(dismiss.locator('svg.lucide-trash-2')).toHaveCount(0);
    const list = page.getByRole('table', { name: 'Workflow definitions' });
    await list.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    const asked = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
    const listQuestion = await asked.textContent();
    await asked.getByRole('button', { name: 'Cancel' }).click();
    await expect(asked).toHaveCount(0);

    const deleteStored = row.getByRole('button', { name: `Delete “${name}” from the platform` });
    await deleteStored.focus();
    await page.keyboard.press('Enter');
    await expect(asked).toBeVisible();
    expect(await asked.textContent()).toBe(listQuestion);
    await expectNoAxeViolations(page);
    // Cancelled: nothing deleted.
    await page.keyboard.press('Escape');
    await expect(asked).toHaveCount(0);
    await expect(deleteStored).toBeFocused();
    expect(await definitionNames(page.request)).toContain(name);

    await deleteStored.click();
    await asked.getByRole('button', { name: 'Delete definition' }).click();
    await expect(asked).toHaveCount(0);
    await expect(row).toContainText(`Deleted “${name}” from the platform. Retry sends it again.`);
    await expect(row.getByText('Cancelled', { exact: true })).toBeVisible();
    // The Delete went with the definition: focus is on Retry, not lost at the top of the page.
    await expect(row.getByRole('button', { name: 'Retry cancelled-but-stored.xml' })).toBeFocused();
    expect(await definitionNames(page.request)).not.toContain(name);
    await expect(
      page.getByRole('table', { name: 'Workflow definitions' }).getByRole('rowheader', { name }),
    ).toHaveCount(0);
  });

  test('the platform did not store it: the row says so and Retry sends it', async ({ page }) => {
    const name = 'Cancelled in time';
    // Held before it is carried out: the cancel reaches the platform before it stores anything.
    const row = await cancelOnceSentWhole(page, 'cancelled-in-time.xml', {
      on: '/api/workflow/definitions',
      kind: 'hold',
    });
    await row.getByRole('button', { name: 'Cancel cancelled-in-time.xml' }).click();

    await expect(row).toContainText(
      `The platform’s list, read after the cancel, has no new definition named “${name}”: it was not stored. Retry sends it again.`,
    );
    await expect(row.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(page.getByTestId('live-announcer')).toContainText(
      `“${name}” was not stored. Retry sends it again.`,
    );
    await expect(row.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
    expect(await definitionNames(page.request)).not.toContain(name);
    await expectNoAxeViolations(page);

    await clearFaults(page.request);
    await row.getByRole('button', { name: 'Retry cancelled-in-time.xml' }).click();
    await expect(row.getByText('Uploaded', { exact: true })).toBeVisible();
    // Once: the held upload, released when the faults were cleared, was cancelled for good.
    await expect
      .poll(async () => (await definitionNames(page.request)).filter((n) => n === name))
      .toEqual([name]);
  });
});
