import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';

/** The first bytes of a Windows program: "MZ", then the zero bytes of its header. */
const program = Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0xff]);
/** Data whose first byte is zero, as UTF-16 text starts, but which is no text at all. */
const data = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256));

const binaryProblem =
  'Not sent: This is a binary file (a program, image or archive, for example), not an XML text file (it may have been renamed to .xml). Choose the definition’s XML file.';

test.describe('a binary file named .xml', () => {
  test('chosen from the keyboard, is called a binary file, not a file in the wrong encoding', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/definitions');
    await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
    await page.getByRole('button', { name: /^Drop XML files here/ }).focus();
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles([
      { name: 'tool.xml', mimeType: 'text/xml', buffer: program },
      { name: 'export.xml', mimeType: 'text/xml', buffer: data },
    ]);

    for (const name of ['tool.xml', 'export.xml']) {
      const row = page.getByRole('region', { name });
      await expect(row.getByText('Not valid', { exact: true })).toBeVisible();
      // One sentence, with no line and column, and none of the file's bytes quoted as text.
      await expect(row.getByRole('paragraph')).toHaveText(binaryProblem);
      await expect(row).not.toContainText(/UTF-|line 1|MZ/);
      await expect(row.getByRole('button', { name: `Upload ${name}` })).toHaveCount(0);
    }
  });
});
