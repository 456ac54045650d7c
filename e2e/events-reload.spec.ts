import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

async function chooseEventType(page: Page, name: string) {
  await page.getByRole('combobox', { name: 'Event type' }).click();
  await page.getByRole('option', { name, exact: true }).click();
}

const history = (page: Page) => page.getByRole('table', { name: 'Events sent in this session' });

test.describe('event console: what is typed', () => {
  test('Attributes not in name=value form get a warning on the field, and Send still sends them as typed', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    await chooseEventType(page, 'Form submitted');
    const attributes = page.getByLabel('Attributes');
    await attributes.fill('%%%=&&bad');
    await expect(attributes).toHaveAccessibleDescription(
      /There is an empty pair \(two & in a row, or an & at the start or end\)\. It is sent as typed; if the workflow reads name=value pairs joined by &, e\.g\. personId=12&formId=3, correct it before sending\./,
    );
    await expect(attributes).not.toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(history(page).getByRole('row')).toHaveCount(2);
    await expect(history(page).getByRole('row').nth(1)).toContainText('%%%=&&bad');

    // Event info may also be JSON, or use names such as items[0] (no warning: see the unit test).
    await attributes.fill('{"personId":12}');
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(history(page).getByRole('row')).toHaveCount(3);
    await attributes.fill('items[0]=12&_form=3');
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(history(page).getByRole('row')).toHaveCount(4);
    await expect(history(page)).toContainText('{"personId":12}');
    await expect(history(page)).toContainText('items[0]=12&_form=3');
  });
});

test.describe('event console: pairs not joined by &', () => {
  for (const [how, typed] of [
    ['one pair per line', 'personId=12\nformId=3'],
    ['pairs separated by a space', 'personId=12 formId=3'],
  ] as const)
    test(`${how} get a warning that pairs are joined by &, and the history shows what was sent`, async ({
      page,
    }) => {
      await signIn(page, 'admin', '/events');
      await chooseEventType(page, 'Form submitted');
      const attributes = page.getByLabel('Attributes');
      await attributes.fill(typed);
      await expect(attributes).toHaveAccessibleDescription(
        /so it is sent as part of the value of “personId”\. Pairs are joined by &, not by line breaks or spaces, e\.g\. personId=12&formId=3\./,
      );
      await expect(attributes).not.toHaveAttribute('aria-invalid', 'true');
      await page.getByRole('button', { name: 'Send event' }).click();
      await expect(history(page).getByRole('row')).toHaveCount(2);
      // The history shows the line break as a line break, not as a space.
      const cell = history(page).getByRole('row').nth(1).getByRole('cell').nth(2);
      await expect.poll(() => cell.evaluate((td) => (td as HTMLElement).innerText)).toBe(typed);
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

test.describe('event console: a send whose outcome is unknown', () => {
  test.afterEach(async ({ page }) => {
    await clearFaults(page.request);
  });

  const sendFailing = async (page: Page, kind: 'gatewayTimeout' | 'malformed') => {
    await armFault(page.request, { on: 'SendEvent', kind });
    await page.getByRole('button', { name: 'Send event' }).click();
  };
  const notice = (page: Page) =>
    page.getByRole('status').filter({ hasText: /Your (unsent )?event from .+ is back/ });

  test('a proxy’s 504 to a send says no answer (the event may have been recorded), also after a reload', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    page.on('dialog', (dialog) => void dialog.accept());
    await chooseEventType(page, 'Form submitted');
    await page.getByLabel('Attributes').fill('personId=41');
    // The sandbox records the event, then answers with a proxy's 504 page.
    await sendFailing(page, 'gatewayTimeout');
    const form = page.getByRole('form', { name: 'Workflow event' });
    await expect(form.getByText('No answer', { exact: true })).toBeVisible();
    await expect(
      form.getByText(/the event may have been recorded: check before sending it again/),
    ).toBeVisible();
    await expect(form.getByText('Event rejected')).toHaveCount(0);
    const result = page.getByRole('region', { name: 'Result' });
    await expect(result.getByText('Rejected', { exact: true })).toHaveCount(0);
    const row = history(page).getByRole('row').nth(1);
    await expect(row.getByText('No answer', { exact: true })).toBeVisible();
    await expect(row).toContainText('504 Gateway Timeout');

    await page.reload();
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).not.toContainText('not sent yet');
    await expect(notice(page)).toContainText(
      'may have been recorded: check before sending it again',
    );
    await expect(page.getByLabel('Attributes')).toHaveValue('personId=41');
    await expectNoAxeViolations(page);
  });

  test('after an answer that could not be read, the reloaded event is not called unsent', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('Attributes').fill('personId=42');
    await sendFailing(page, 'malformed');
    await expect(
      page.getByRole('form', { name: 'Workflow event' }).getByText('Result not understood'),
    ).toBeVisible();
    await page.reload();
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).not.toContainText('not sent yet');
    await expect(notice(page)).toContainText('check before sending it again');
  });

  test('a reload while the event is being sent brings it back as possibly sent, not as unsent', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/events');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('Attributes').fill('personId=43');
    await armFault(page.request, { on: 'SendEvent', kind: 'slow', delayMs: 3000 });
    const sent = page.waitForRequest((r) => r.url().includes('SendEvent'));
    await page.getByRole('button', { name: 'Send event' }).click();
    await sent;
    await page.reload();
    await expect(notice(page)).toBeVisible();
    await expect(notice(page)).not.toContainText('not sent yet');
    await expect(notice(page)).toContainText('check before sending it again');
    // How to check, as the failed send says it: Flowdesk cannot list what the server received.
    await expect(notice(page)).toContainText(
      'To check, look in SuperOffice at the participants of the flows with a goal this event can meet',
    );
    await expect(page.getByLabel('Attributes')).toHaveValue('personId=43');
  });

  test('a rejected send brought back by a reload is still called unsent', async ({ page }) => {
    await signIn(page, 'admin', '/events');
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByLabel('Attributes').fill('personId=44');
    // Refused before anything was done (a tenant without the method). A 500 is not a refusal: it
    // may come after the event was recorded (events-server-failed.spec).
    await armFault(page.request, { on: 'SendEvent', kind: 'notFound' });
    await page.getByRole('button', { name: 'Send event' }).click();
    await expect(
      page.getByRole('form', { name: 'Workflow event' }).getByText('Event rejected'),
    ).toBeVisible();
    await page.reload();
    await expect(notice(page)).toContainText('were not sent yet');
  });
});
