import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { deleteDefinitionsNamed, uploadDefinition } from './definitionsAdminApi.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/** One word of 80 letters: nowhere to break it but inside. */
const name = `Longword${'x'.repeat(72)}`;

test.describe('a dialog at 390 px showing a very long word', () => {
  test.beforeEach(async ({ page, request }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await deleteDefinitionsNamed(request, [name]);
    await uploadDefinition(request, name);
  });
  test.afterEach(async ({ request }) => {
    await clearFaults(request);
    await deleteDefinitionsNamed(request, [name]);
  });

  test('wraps the word inside the dialog’s edges', async ({ page }) => {
    await signIn(page, 'admin', `/definitions?q=${encodeURIComponent(name)}`);
    const table = page.getByRole('table', { name: 'Workflow definitions' });
    await table.getByRole('button', { name: `Delete ${name}`, exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete “${name}”?` });
    // The failure quotes the name too, in the shared dialog's error region.
    await armFault(page.request, { on: '/api/workflow/definitions/', kind: 'error500' });
    await confirm.getByRole('button', { name: 'Delete definition' }).click();
    await expect(confirm.getByRole('alert')).toContainText(`deleting “${name}” (500)`);
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));

    // The error ran on past the dialog's right edge, and past the window's.
    const past = await confirm.evaluate((dialog) => {
      const edge = dialog.getBoundingClientRect().right;
      return [...dialog.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > edge + 0.5)
        .map((el) => `${el.tagName} “${el.textContent?.slice(0, 30)}”`);
    });
    expect(past).toEqual([]);
    expect(await confirm.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: test.info().outputPath('dialog-390.png') });
  });
});
