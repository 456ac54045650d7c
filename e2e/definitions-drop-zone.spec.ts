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
    await expect(page.getByRole('button', { name: /^Drop XML files here/ })).toHaveText(
      /Drop XML files here, or choose files/,
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

  test('is named by the words it shows, which say how to choose files without a mouse', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/definitions');
    // Speech input finds a control by the words on it: the name was "Choose definition files to
    // upload", which does not hold "Drop XML files here, or click to choose" (WCAG 2.5.3).
    const zone = page.getByRole('button', { name: /^Drop XML files here/ });
    await expect(zone).toBeVisible();
    const shown = await zone.getByText(/^Drop XML files here/).textContent();
    await expect(zone).toHaveAccessibleName(new RegExp(`^${shown}`));
    expect(shown).not.toMatch(/click/i);
  });
});
