import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

test.afterEach(async ({ request }) => clearFaults(request));

/**
 * A send the server answered 500 said "Event rejected … Try again in a moment.", though a server
 * may fail after recording the event (the sandbox's error500After does exactly that), so trying
 * again could send it twice. The browser cannot tell that 500 from one before anything was done:
 * the words must fit both.
 */
test('a send answered 500 says the event may have been recorded and how to check, keeping the input', async ({
  page,
}) => {
  await signIn(page, 'admin', '/events');
  // The form holds an event the server may not have: a reload asks first.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Attributes').fill('personId=31&formId=5');
  await armFault(page.request, { on: 'Workflow/SendEvent', kind: 'error500After' });
  await page.getByRole('button', { name: 'Send event' }).click();

  const banner = page
    .getByRole('form', { name: 'Workflow event' })
    .getByRole('alert')
    .filter({ hasText: 'The server failed: the event may have been recorded' });
  await expect(banner).toContainText(
    'The server failed while handling the event (500): Injected failure (sandbox fault). It may have failed after recording it, so the event may or may not have been recorded: check before sending it again.',
  );
  await expect(banner).toContainText(
    'look in SuperOffice at the participants of the flows with a goal this event can meet',
  );
  await expect(banner).toContainText('make the flows react to it twice');
  await expect(banner).toContainText('your input is kept');
  await expect(page.getByText('Event rejected')).toHaveCount(0);
  await expect(page.getByText(/Try again/)).toHaveCount(0);

  const result = page.getByRole('region', { name: 'Result' });
  await expect(
    result.getByText(
      'The server failed while handling the last event: it may or may not have been recorded.',
    ),
  ).toBeVisible();
  await expect(result.getByText('Rejected', { exact: true })).toHaveCount(0);

  const row = page
    .getByRole('table', { name: 'Events sent in this session' })
    .getByRole('row')
    .nth(1);
  await expect(row.getByText('Maybe recorded', { exact: true })).toBeVisible();
  await expect(row).toContainText('the event may or may not have been recorded');
  await expect(row).toContainText('personId=31&formId=5');
  await expect(page.getByLabel('Attributes')).toHaveValue('personId=31&formId=5');
  await expectNoAxeViolations(page);

  // Brought back by a reload, the event is not called unsent.
  await page.reload();
  const notice = page
    .getByRole('status')
    .filter({ hasText: /Your (unsent )?event from .+ is back/ });
  await expect(notice).toContainText('so it may have been recorded: check before sending it again');
  await expect(notice).not.toContainText('not sent yet');
});
