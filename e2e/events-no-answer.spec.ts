import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

test.afterEach(async ({ request }) => clearFaults(request));

/**
 * A send whose connection is lost (as with the server stopped) said "No answer from the server
 * (Failed to fetch) … check before sending it again", the browser's own words and no way to check.
 */
test('a send that gets no answer says in plain words that the event is kept, the risk of sending it again, and how to check', async ({
  page,
}) => {
  await signIn(page, 'admin', '/events');
  await page.getByLabel('Attributes').fill('personId=12&formId=3');
  // As with the server stopped: the browser cannot reach it (its own words: "Failed to fetch").
  // Chromium sends a POST cut on a used connection again: cut every copy until cleared.
  await armFault(page.request, { on: 'Workflow/SendEvent', kind: 'drop', times: 50 });
  await page.getByRole('button', { name: 'Send event' }).click();

  const banner = page
    .getByRole('form', { name: 'Workflow event' })
    .getByRole('alert')
    .filter({ hasText: 'No answer' });
  await expect(banner).toContainText(
    'The server could not be reached, or the connection was lost before it answered',
  );
  await expect(banner).toContainText('make the flows react to it twice');
  await expect(banner).toContainText(
    'look in SuperOffice at the participants of the flows with a goal this event can meet',
  );
  await expect(banner).toContainText('“Sent in this session” below shows what was sent and when');
  await expect(banner).toContainText('your input is kept');
  await expect(page.getByText(/Failed to fetch/)).toHaveCount(0);

  const row = page
    .getByRole('table', { name: 'Events sent in this session' })
    .getByRole('row')
    .nth(1);
  await expect(row.getByText('No answer', { exact: true })).toBeVisible();
  await expect(row).toContainText('personId=12&formId=3');
  await expect(page.getByLabel('Attributes')).toHaveValue('personId=12&formId=3');
  await expectNoAxeViolations(page);
});
