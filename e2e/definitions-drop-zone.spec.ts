import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';

test.describe('the definitions drop zone', () => {
  test('is one button to a screen reader, and the file picker still adds files', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/definitions');
    await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
    // The hidden file input behind the zone is not a second "Definition files" button.
    await expect(page.getByRole('button', { name: /definition files/i })).toHaveText(
      /Drop XML files here, or click to choose/,
    );
    await expect(page.getByRole('button', { name: 'Definition files', exact: true })).toHaveCount(
      0,
    );
    // As the file picker gives them to the page.
    await page
      .locator('input[type=file][aria-label="Definition files"]')
      .setInputFiles([xmlFile('picked-from-dialog.xml', definitionXml('@StartPicked'))]);
    await expect(page.getByRole('region', { name: 'picked-from-dialog.xml' })).toBeVisible();
    await page
      .getByRole('button', { name: 'Remove picked-from-dialog.xml from the batch' })
      .click();
    await expect(page.getByRole('region', { name: 'picked-from-dialog.xml' })).toHaveCount(0);
  });
});
