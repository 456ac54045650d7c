import { expect, test } from '@playwright/test';
import { signIn } from './fixtures.ts';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * GetWorkflowStepOption answers WorkflowStepOptionBase (contract §4): no Key, no TableRight, no
 * FieldProperties. The sandbox answers so, as a tenant does.
 */
test.describe('an option loaded without Key or rights', () => {
  let kept: unknown;
  test.beforeEach(async ({ request }) => {
    kept = await workflowAsAdmin(request, 'GetWorkflowStepOption', {
      body: { WorkflowStepOptionId: 2 },
    });
  });
  test.afterEach(async ({ request }) => {
    await workflowAsAdmin(request, 'SaveWorkflowStepOption', { body: kept });
  });

  test('shows no always-blank Key field, stays editable and saves without a Key', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/options/2');
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect(name).toHaveValue('Clicked pricing');
    await expect(page.getByRole('textbox', { name: 'Key' })).toHaveCount(0);
    await expect(page.getByText(/permission|read-only/i)).toHaveCount(0);
    await name.fill('Clicked the price list');
    const sent = page.waitForRequest((r) => r.url().includes('/SaveWorkflowStepOption'));
    await page.getByRole('button', { name: 'Save' }).click();
    expect((await sent).postDataJSON()).not.toHaveProperty('Key');
    await expect(page.getByText(/The server stored “Clicked the price list”/)).toBeVisible();
  });

  test('a viewer sees it read-only, as its flow is, rather than a form the server would refuse', async ({
    page,
  }) => {
    await signIn(page, 'viewer', '/workflows/1/options/2');
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect(name).toHaveValue('Clicked pricing');
    await expect(page.getByText('Read-only:')).toBeVisible();
    await expect(name).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  });

  test('saved twice in a row, the second save is not refused as someone else’s', async ({
    page,
  }) => {
    await signIn(page, 'admin', '/workflows/1/options/2');
    const name = page.getByRole('textbox', { name: 'Name' });
    await expect(name).toHaveValue('Clicked pricing');
    for (const value of ['Clicked the price list', 'Clicked pricing again']) {
      await name.fill(value);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText(`The server stored “${value}”`)).toBeVisible();
    }
    await expect(page.getByText(/someone else saved this option/)).toHaveCount(0);
  });
});
