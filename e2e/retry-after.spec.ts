import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';

/**
 * A server that is busy answers 429 or 503 with Retry-After (seconds here). The answers are made
 * in the browser (page.route) for one call, the rest goes to the sandbox; nothing is stored.
 */
async function answerBusy(page: Page, call: RegExp, status: 429 | 503, seconds: number) {
  const sent: number[] = [];
  await page.route(call, async (route) => {
    sent.push(Date.now());
    if (sent.length > 1) return route.continue();
    return route.fulfill({
      status,
      headers: { 'Retry-After': String(seconds), 'Content-Type': 'application/json' },
      body: JSON.stringify(
        status === 429
          ? { Error: true, ErrorType: 'TooManyRequests', ErrorMessage: 'Rate limit exceeded' }
          : { Error: true, ErrorType: 'ServiceUnavailable', ErrorMessage: 'Down for maintenance' },
      ),
    });
  });
  return sent;
}

const flowLoad = /\/Agents\/Workflow\/GetEmailFlow\?/;

test('a flow answered 503 with Retry-After: 3 is read again after 3 s, and shows', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const sent = await answerBusy(page, flowLoad, 503, 3);
  await page.goto('/workflows/2');
  await expect(page.getByRole('heading', { level: 1, name: 'Webinar follow-up' })).toBeVisible({
    timeout: 20_000,
  });
  await expect.poll(() => sent.length).toBeGreaterThanOrEqual(2);
  // Not after Flowdesk's own 1 s: after the wait the server asked for.
  expect(sent[1] - sent[0]).toBeGreaterThanOrEqual(2_900);
});

test('a flow answered 429 with Retry-After: 30 says when to try again, and is not read again meanwhile', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const sent = await answerBusy(page, flowLoad, 429, 30);
  await page.goto('/workflows/2');
  await expect(
    page
      .getByText(
        'The server is busy (429 Too Many Requests) and did nothing. Try again in 30 seconds.',
      )
      .first(),
  ).toBeVisible({ timeout: 15_000 });
  expect(sent).toHaveLength(1);
});

test('a save answered 429 with Retry-After: 30 keeps the edit and says when to save again', async ({
  page,
}) => {
  await signIn(page, 'admin', '/workflows/2/options/4');
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  const before = await name.inputValue();
  const sent = await answerBusy(page, /\/Agents\/Workflow\/SaveWorkflowStepOption/, 429, 30);
  await name.fill(`${before} (busy)`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page
      .getByText(
        'The server is busy (429 Too Many Requests) and saved nothing; your edits are kept. Try again in 30 seconds.',
      )
      .first(),
  ).toBeVisible({ timeout: 15_000 });
  await expect(name).toHaveValue(`${before} (busy)`);
  expect(sent).toHaveLength(1);
});
