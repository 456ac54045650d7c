import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { definitionXml, xmlFile } from './definitionFiles.ts';

test.describe('Apply to all files, when there is nothing to apply', () => {
  test('says so on the screen, not only to a screen reader, and what to do', async ({ page }) => {
    await signIn(page, 'admin', '/definitions');
    await page
      .locator('input[type=file][aria-label="Definition files"]')
      .setInputFiles([
        xmlFile('first-empty.xml', definitionXml('@StartFirst')),
        xmlFile('second-filled.xml', definitionXml('@StartSecond')),
      ]);
    const second = page.getByRole('region', { name: 'second-filled.xml' });
    await expect(second).toBeVisible();
    // Filled in on the second file: the first one's values are the ones copied.
    await second.getByRole('textbox', { name: 'Description', exact: true }).fill('Typed here');
    const apply = page.getByRole('button', { name: 'Apply to all files' });
    await apply.click();
    // Nothing changed on the page and nothing said so: only the hidden live region did.
    const notifications = page.getByRole('region', { name: /Notifications/ });
    await expect(notifications.getByText('Nothing was applied')).toBeVisible();
    await expect(
      notifications.getByText(
        'Fill in the Description or Resource type of “first-empty.xml” first.',
      ),
    ).toBeVisible();
    await expect(apply).toBeFocused();
    await expect(
      page
        .getByRole('region', { name: 'first-empty.xml' })
        .getByRole('textbox', { name: 'Description', exact: true }),
    ).toHaveValue('');
    await page.screenshot({ path: test.info().outputPath('apply-to-all-nothing.png') });
    await expectNoAxeViolations(page);
  });
});
