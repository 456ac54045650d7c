import { expect, test, type Page } from '@playwright/test';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/** Where a spec's own option goes, and of what type. */
export interface OwnOptionPlace {
  /** The flow (default 1). */
  flowId?: number;
  /**
   * The path whose first split takes the option (a split on a path); without it, the first split
   * of the flow's main line.
   */
  onPathOf?: number;
  /** The option's OptionType (default FormData). */
  optionType?: string;
}

/**
 * Gives each test of the spec an option of its own, `name`, on a seeded split (flow 1's main-line
 * split unless `place` says another), made through the API before it (after the split's paths,
 * so the others keep their places) and deleted after it. Call at the top of a spec; `keyPrefix`
 * makes the option's key (unique per run).
 */
export function ownSplitOption(name: string, keyPrefix: string, place: OwnOptionPlace = {}) {
  const { flowId = 1, onPathOf, optionType = 'FormData' } = place;
  let optionId = 0;

  test.beforeEach(async ({ request }, info) => {
    const steps = (
      onPathOf === undefined
        ? await workflowAsAdmin(request, 'GetEmailFlow', { query: { emailFlowId: flowId } })
        : await workflowAsAdmin(request, 'GetWorkflowStepOption', {
            body: { WorkflowStepOptionId: onPathOf },
          })
    ).Steps as { WorkflowStepId: number; StepType: string }[];
    const split = steps.find((s) => s.StepType === 'Split')!;
    const stored = await workflowAsAdmin(request, 'GetWorkflowStep', {
      body: { WorkflowStepId: split.WorkflowStepId },
    });
    const saved = await workflowAsAdmin(request, 'SaveWorkflowStepOption', {
      body: {
        WorkflowStepOptionId: 0,
        WorkflowStepId: split.WorkflowStepId,
        WorkflowId: flowId,
        OptionType: optionType,
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
  const address = () => `/workflows/${flowId}/options/${optionId}`;

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
