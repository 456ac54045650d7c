import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';

/** A definition whose DOCTYPE declares entities: "billion laughs" and an external entity (XXE). */
const withEntities = (subset: string, use: string) =>
  definitionXml('@Start')
    .replace(/<!DOCTYPE workflow [^>]*>/, `<!DOCTYPE workflow [\n${subset}\n]>`)
    .replace('name="@Start"', `name="${use}"`);

test.describe('definition files that declare entities', () => {
  test('say what to change, not only that they are refused', async ({ page }) => {
    await signIn(page, 'admin', '/definitions');
    await expect(page.getByRole('table', { name: 'Workflow definitions' })).toBeVisible();
    await page
      .locator('input[type=file][aria-label="Definition files"]')
      .setInputFiles([
        xmlFile(
          'laughs.xml',
          withEntities(
            '<!ENTITY lol "lol">\n<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
            '&lol1;',
          ),
        ),
        xmlFile('external.xml', withEntities('<!ENTITY xxe SYSTEM "file:///etc/passwd">', '&xxe;')),
        xmlFile('subset.xml', withEntities('<!ATTLIST workflow lang CDATA "en">', '@Start')),
        xmlFile('undeclared.xml', definitionXml('&copy; Start')),
      ]);

    const entities =
      'Not sent: Entity declarations (<!ENTITY) are not accepted: remove the [ … ] part of the DOCTYPE, and write out in full the text its entities stood for. (line 3, column 1)';
    await expect(
      page.getByRole('region', { name: 'laughs.xml' }).getByRole('paragraph'),
    ).toHaveText(entities);
    await expect(
      page.getByRole('region', { name: 'external.xml' }).getByRole('paragraph'),
    ).toHaveText(entities);
    await expect(
      page.getByRole('region', { name: 'subset.xml' }).getByRole('paragraph'),
    ).toHaveText(
      'Not sent: A DOCTYPE with an internal subset is not accepted: remove the [ … ] part of the DOCTYPE. (line 2, column 1)',
    );
    await expect(
      page.getByRole('region', { name: 'undeclared.xml' }).getByRole('paragraph'),
    ).toHaveText(
      /^Not sent: The entity &copy; is not defined: write the character or text it stands for \(“&” itself is written &amp;\)\. \(line \d+, column \d+\)$/,
    );
  });
});
