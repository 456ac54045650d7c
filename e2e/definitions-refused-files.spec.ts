import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';

/** A definition padded with a comment to `bytes` bytes. */
const paddedTo = (bytes: number) => {
  const xml = definitionXml('@Large');
  return xml.replace('</workflow>', `<!--${'x'.repeat(bytes - xml.length - 7)}--></workflow>`);
};

test.describe('files the page does not add', () => {
  test('an empty file and a file over the size limit say what to do about them', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/definitions');
    await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
    await page
      .locator('input[type=file][aria-label="Definition files"]')
      .setInputFiles([
        xmlFile('unsaved.xml', ''),
        xmlFile('whole-export.xml', paddedTo(6 * 1024 * 1024)),
      ]);
    const empty =
      'unsaved.xml is empty (0 bytes): it may not have been saved yet. Choose the saved definition file.';
    const large =
      'whole-export.xml is 6 MB; the limit is 5 MB. Definitions are usually a few kilobytes: check that this is the file you meant; if it is, make it smaller, for example by splitting the workflow into several definitions.';
    const notice = page.getByRole('status').filter({ hasText: '2 files were not added' });
    await expect(notice.getByRole('listitem')).toHaveText([empty, large]);
    await expect(page.getByTestId('live-announcer')).toContainText(
      `2 files were not added: ${empty} ${large}`,
    );
  });
});
