import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';

async function chooseEventType(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Event type' }).click();
  await page.getByRole('option', { name, exact: true }).click();
}

const history = (page: Page) => page.getByRole('table', { name: 'Events sent in this session' });

test.describe('event console: what is typed', () => {
  test('malformed Attributes are refused on the field, saying what is expected, and nothing is sent', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    const attributes = page.getByLabel('Attributes');
    await attributes.fill('%%%=&&bad');
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(attributes).toBeFocused();
    await expect(attributes).toHaveAttribute('aria-invalid', 'true');
    await expect(attributes).toHaveAccessibleDescription(
      /There is an empty pair \(two & in a row, or an & at the start or end\)\. Write name=value pairs joined by &, e\.g\. personId=12&formId=3\./,
    );
    await expect(page.getByText('No events sent yet.')).toBeVisible();
    await expectNoAxeViolations(page);

    await attributes.fill('personId=12&formId=3');
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(history(page).getByRole('row')).toHaveCount(2);
    await expect(attributes).not.toHaveAttribute('aria-invalid', 'true');
  });
});
