import { expect, test, type Page } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { armFault, clearFaults } from './sandboxFaults.ts';

/**
 * A server that is busy answers 429 or 503 with Retry-After (seconds here). The sandbox answers
 * one call so (its busy fault) without carrying it out; the rest it answers as usual.
 */
async function answerBusy(
  page: Page,
  call: { on: string; url: RegExp },
  status: 429 | 503,
  seconds: number,
) {
  const sent: number[] = [];
  page.on('request', (request) => {
    if (call.url.test(request.url())) sent.push(Date.now());
  });
  await armFault(page.request, { on: call.on, kind: 'busy', status, retryAfter: seconds });
  return sent;
}

test.afterEach(async ({ request }) => clearFaults(request));

const flowLoad = { on: 'Workflow/GetEmailFlow?', url: /\/Agents\/Workflow\/GetEmailFlow\?/ };

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
  const sent = await answerBusy(
    page,
    { on: 'SaveWorkflowStepOption', url: /\/Agents\/Workflow\/SaveWorkflowStepOption/ },
    429,
    30,
  );
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
