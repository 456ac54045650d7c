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

test.describe('event console: a reload', () => {
  test('what was typed comes back with a notice, and is gone once sent', async ({ page }) => {
    await signIn(page, 'admin', '/events');
    // The reload asks the browser's own question first (the form has unsent changes): leave.
    page.on('dialog', (dialog) => void dialog.accept());
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=99&formId=4');
    await page.getByLabel('$select (optional)').fill('EventType,Attributes');
    await page.reload();

    const notice = page
      .getByRole('status')
      .filter({ hasText: /Your unsent event from .+ is back/ });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(
      'The event type, Attributes and $select you typed were not sent yet. Send the event, or discard it to start again from the defaults.',
    );
    await expect(page.getByRole('combobox', { name: 'Event type' })).toHaveText(/Form submitted/);
    await expect(page.getByLabel('Attributes')).toHaveValue('personId=99&formId=4');
    await expect(page.getByLabel('$select (optional)')).toHaveValue('EventType,Attributes');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(history(page).getByRole('row')).toHaveCount(2);
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Send event' })).toBeVisible();
    await expect(page.getByLabel('Attributes')).toHaveValue('');
    await expect(page.getByText(/Your unsent event from/)).toHaveCount(0);
  });

  test('Discard it puts the defaults back, and focus in the form', async ({ page }) => {
    await signIn(page, 'admin', '/events');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('Attributes').fill('personId=5');
    await page.reload();
    await expect(page.getByLabel('Attributes')).toHaveValue('personId=5');
    await page.getByRole('button', { name: 'Discard it' }).click();
    await expect(page.getByLabel('Attributes')).toHaveValue('');
    await expect(page.getByRole('combobox', { name: 'Event type' })).toBeFocused();
    await page.reload();
    await expect(page.getByRole('button', { name: 'Send event' })).toBeVisible();
    await expect(page.getByLabel('Attributes')).toHaveValue('');
    await expect(page.getByText(/Your unsent event from/)).toHaveCount(0);
  });
});
