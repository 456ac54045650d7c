import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';

test.describe('a definition whose DOCTYPE names another root element', () => {
  test('is held back with what to write instead, as a validating parser would refuse it', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/definitions');
    await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
    // Copied from a Spring file: the DOCTYPE still says <beans>, the root is <workflow>.
    const xml = definitionXml('@Start').replace('<!DOCTYPE workflow ', '<!DOCTYPE beans ');
    await page
      .locator('input[type=file][aria-label="Definition files"]')
      .setInputFiles([xmlFile('copied-doctype.xml', xml)]);
    const row = page.getByRole('region', { name: 'copied-doctype.xml' });
    await expect(row.getByText('Not valid', { exact: true })).toBeVisible();
    await expect(row.getByRole('paragraph')).toHaveText(
      'Not sent: The DOCTYPE declares the root element <beans>, but a definition’s root is <workflow>: write <!DOCTYPE workflow …> instead. (line 2, column 1)',
    );
  });
});
