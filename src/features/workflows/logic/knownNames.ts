import type {
  EmailFlow,
  EmailFlowSummary,
  WorkflowStepBase,
} from '../../../api/workflow/schemas.ts';

/**
 * Names already on screen a moment ago (the flows list, the flow page), for the title of a page
 * whose own data is still loading: "Page opened" then names the flow or path the user chose,
 * not "Option 4".
 */
export const flowNameInList = (list: readonly EmailFlowSummary[] | undefined, flowId: number) =>
  list?.find((f) => f.EmailFlowId === flowId)?.Name || null;

/** The name of option `optionId` on any path of `flow` (options hold paths with splits too). */
export function optionNameInFlow(flow: EmailFlow | undefined, optionId: number): string | null {
  const search = (steps: readonly WorkflowStepBase[] | null | undefined): string | null => {
    for (const step of steps ?? [])
      for (const option of step.Options ?? []) {
        if (option.WorkflowStepOptionId === optionId) return option.Name || null;
        const inside = search(option.Steps);
        if (inside) return inside;
      }
    return null;
  };
  return search(flow?.Steps);
}

/** The type of goal `goalId` of `flow`, or null. */
export const goalTypeInFlow = (flow: EmailFlow | undefined, goalId: number) =>
  flow?.Goals?.find((g) => g.WorkflowGoalId === goalId)?.GoalType ?? null;
