import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';
import { dropFilesOn } from './dropFiles.ts';

test.describe('files dropped on the definitions page beside the drop zone', () => {
  test('are added to the batch as if dropped on the zone, not swallowed without a word', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/definitions');
    const table = page.getByRole('table', { name: 'Workflow definitions' });
    await expect(table).toBeVisible();
    // With a few files in the batch the zone is far above: the user drops the next ones on the
    // list. The page kept the browser from opening them, and added nothing, saying nothing.
    await page
      .locator('input[type=file][aria-label="Definition files"]')
      .setInputFiles([
        xmlFile('first.xml', definitionXml('@StartFirst')),
        xmlFile('second.xml', definitionXml('@StartSecond')),
      ]);
    await expect(page.getByRole('region', { name: 'second.xml' })).toBeVisible();
    await dropFilesOn(page, table, [
      xmlFile('dropped-on-list.xml', definitionXml('@StartDropped')),
      { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a definition') },
    ]);
    await expect(page.getByRole('region', { name: 'dropped-on-list.xml' })).toBeVisible();
    // The same rules as on the zone: a file that is not XML is refused, and the page says so.
    await expect(page.getByText('notes.txt is not an .xml file.', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'first.xml' })).toHaveCount(1);
    // Dropped on a batch row's field, not the zone, too.
    await dropFilesOn(
      page,
      page
        .getByRole('region', { name: 'first.xml' })
        .getByRole('textbox', { name: 'Description', exact: true }),
      [xmlFile('dropped-on-row.xml', definitionXml('@StartOnRow'))],
    );
    await expect(page.getByRole('region', { name: 'dropped-on-row.xml' })).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'first.xml' })
        .getByRole('textbox', { name: 'Description', exact: true }),
    ).toHaveValue('');
    await expectNoAxeViolations(page);
  });
});
