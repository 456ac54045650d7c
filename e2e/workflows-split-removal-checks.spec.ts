import { expect, test, type APIRequestContext } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/** Flow 2's first split ("Attended" …): this spec's own path goes under it. */
const FLOW = 2;
const SPLIT_OF_FLOW = 14;

interface StoredOption {
  WorkflowStepOptionId: number;
  Steps: { WorkflowStepId: number }[];
}

const saveOption = (request: APIRequestContext, body: Record<string, unknown>) =>
  workflowAsAdmin(request, 'SaveWorkflowStepOption', {
    body: { WorkflowStepOptionId: 0, WorkflowId: FLOW, Key: '', OptionType: 'None', ...body },
  }) as Promise<StoredOption>;

const sms = (message: string) => ({
  WorkflowStepId: 0,
  StepType: 'SendSMS',
  Rank: 1,
  Message: message,
});

/** A path of flow 2 whose only step is a split, "Inner split", with one path "Inner A". */
async function pathWithSplit(request: APIRequestContext, name: string) {
  const outer = await saveOption(request, {
    WorkflowStepId: SPLIT_OF_FLOW,
    Name: name,
    Rank: 0,
    Steps: [
      {
        WorkflowStepId: 0,
        StepType: 'Split',
        Rank: 1,
        SplitName: 'Inner split',
        SplitOptionType: 'PersonData',
        ShipmentId: 0,
        ExitFlow: false,
        Options: [],
      },
    ],
  });
  const inner = await saveOption(request, {
    WorkflowStepId: outer.Steps[0]!.WorkflowStepId,
    Name: 'Inner A',
    Rank: 1,
    Steps: [sms('First')],
  });
  return { id: outer.WorkflowStepOptionId, inner: [inner.WorkflowStepOptionId] };
}

/** Whether option `id` is still stored (GetWorkflowStepOption answers it). */
async function stored(request: APIRequestContext, id: number) {
  const res = await request.post('/api/v1/Agents/Workflow/GetWorkflowStepOption', {
    headers: { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    data: { WorkflowStepOptionId: id },
  });
  return res.ok();
}

test.describe('saving a path without its split', () => {
  let made: { id: number; inner: number[] } | null = null;
  test.afterEach(async ({ request }) => {
    if (!made) return;
    for (const id of [...made.inner, made.id])
      if (await stored(request, id))
        await workflowAsAdmin(request, 'DeleteWorkflowStepOption', {
          query: { WorkflowStepOptionId: id },
        });
    made = null;
  });

  test('a form the checks refuse is not asked about, and the last save’s note gains nothing', async ({
    page,
    request,
  }) => {
    made = await pathWithSplit(request, 'Split removal checked');
    await signIn(page, 'admin', `/workflows/${FLOW}/options/${made.id}`);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    const rank = page.getByRole('textbox', { name: 'Rank' });
    // A save first, so that a note from it is on view.
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Split removal, renamed');
    await save.click();
    const note = page.getByText(/The server stored “Split removal, renamed”/);
    await expect(note).toBeVisible();

    await page.getByRole('button', { name: /^Remove step 1, Split/ }).click();
    await rank.fill('0');
    await save.click();
    // The field's check comes first: nothing to confirm, since nothing can be saved yet.
    await expect(page.getByText('Rank must be 1 or more: 1 is the first path.')).toBeVisible();
    await expect(rank).toBeFocused();
    const ask = page.getByRole('alertdialog', { name: 'Delete the split’s paths?' });
    await expect(ask).toHaveCount(0);
    await expect(page.getByText(/Deleted with the removed split/)).toHaveCount(0);
    expect(await stored(request, made.inner[0]!)).toBe(true);

    // Put right, the Save asks, and the note then says what went.
    await rank.fill('3');
    await save.click();
    const sent = page.waitForRequest((r) => r.url().includes('/SaveWorkflowStepOption'));
    await ask.getByRole('button', { name: 'Save and delete paths' }).click();
    await sent;
    await expect(note).toContainText('Deleted with the removed split: 1 path, “Inner A”');
    await expect.poll(() => stored(request, made!.inner[0]!)).toBe(false);
  });

  test('a confirmed save the server refuses says nothing of deleted paths', async ({
    page,
    request,
  }) => {
    made = await pathWithSplit(request, 'Split removal refused');
    await signIn(page, 'admin', `/workflows/${FLOW}/options/${made.id}`);
    const save = page.getByRole('button', { name: 'Save', exact: true });
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Split removal, saved');
    await save.click();
    await expect(page.getByText(/The server stored “Split removal, saved”/)).toBeVisible();

    await page.getByRole('button', { name: /^Remove step 1, Split/ }).click();
    await page.route('**/SaveWorkflowStepOption', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ Error: true, ErrorType: 'Exception', Message: 'Disk full' }),
      }),
    );
    await save.click();
    await page
      .getByRole('alertdialog', { name: 'Delete the split’s paths?' })
      .getByRole('button', { name: 'Save and delete paths' })
      .click();
    await expect(page.getByText(/Disk full/)).toBeVisible();
    await expect(page.getByText(/Deleted with the removed split/)).toHaveCount(0);
    await page.unroute('**/SaveWorkflowStepOption');
  });
});
