import { expect, test, type Page } from '@playwright/test';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/**
 * Gives each test of the spec an option of its own on flow 1's split, `name`, made through the API
 * before it (after the split's paths, so the others keep their places) and deleted after it. Call
 * at the top of a spec; `keyPrefix` makes the option's key (unique per run).
 */
export function ownSplitOption(name: string, keyPrefix: string) {
  let optionId = 0;

  test.beforeEach(async ({ request }, info) => {
    const flow = await workflowAsAdmin(request, 'GetEmailFlow', { query: { emailFlowId: 1 } });
    const split = (flow.Steps as { WorkflowStepId: number; StepType: string }[]).find(
      (s) => s.StepType === 'Split',
    )!;
    const stored = await workflowAsAdmin(request, 'GetWorkflowStep', {
      body: { WorkflowStepId: split.WorkflowStepId },
    });
    const saved = await workflowAsAdmin(request, 'SaveWorkflowStepOption', {
      body: {
        WorkflowStepOptionId: 0,
        WorkflowStepId: split.WorkflowStepId,
        WorkflowId: 1,
        OptionType: 'FormData',
        Key: `${keyPrefix}-${info.workerIndex}-${Date.now()}`,
        Name: name,
        Rank: (stored.Options ?? []).length + 1,
        Steps: [],
      },
    });
    optionId = saved.WorkflowStepOptionId;
  });

  test.afterEach(async ({ request }) => {
    if (optionId)
      await workflowAsAdmin(request, 'DeleteWorkflowStepOption', {
        query: { WorkflowStepOptionId: optionId },
      });
    optionId = 0;
  });

  /** The option editor's address for this test's option. */
  const address = () => `/workflows/1/options/${optionId}`;

  /** Waits until some tab's draft of the option in the browser's storage holds `text`. */
  const expectSomeDraftHolds = async (page: Page, text: string) => {
    await expect
      .poll(() =>
        page.evaluate(
          ([prefix, t]) =>
            Object.entries(localStorage).some(
              ([key, value]) => key.startsWith(prefix) && value.includes(t),
            ),
          [`flowdesk.workflows.draft.${address()}~`, text] as const,
        ),
      )
      .toBe(true);
  };

  return { address, expectSomeDraftHolds };
}
