import { expect, type APIRequestContext } from '@playwright/test';

const admin = { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` };

/**
 * Calls a Workflow agent method as the admin, for a spec's own setup and clean-up; fails the test
 * with the server's answer when the call is refused.
 */
export async function workflowAsAdmin(
  request: APIRequestContext,
  method: string,
  { query, body }: { query?: Record<string, number>; body?: unknown } = {},
) {
  const res = await request.post(`/api/v1/Agents/Workflow/${method}`, {
    headers: admin,
    params: query,
    data: body ?? {},
  });
  expect(res.ok(), `${method}: ${await res.text()}`).toBe(true);
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

interface Snapshot {
  goal: unknown;
  option: unknown;
  optionIds: number[];
  goalIds: number[];
}

/**
 * What a spec that saves seeded records changes, kept to be put back after each test, so that
 * specs running later find the seed as it was: one goal and one option as stored, and which
 * options a split and which goals a flow have (those added since are deleted).
 */
export async function keepSeed(
  request: APIRequestContext,
  ids: { goalId: number; optionId: number; splitStepId: number; flowId: number },
) {
  const optionIds = async () =>
    (
      (
        await workflowAsAdmin(request, 'GetWorkflowStep', {
          body: { WorkflowStepId: ids.splitStepId },
        })
      ).Options ?? []
    ).map((o: { WorkflowStepOptionId: number }) => o.WorkflowStepOptionId) as number[];
  const goalIds = async () =>
    (
      (await workflowAsAdmin(request, 'GetEmailFlow', { query: { emailFlowId: ids.flowId } }))
        .Goals ?? []
    ).map((g: { WorkflowGoalId: number }) => g.WorkflowGoalId) as number[];
  const kept: Snapshot = {
    goal: await workflowAsAdmin(request, 'GetWorkflowGoal', {
      query: { workflowGoalId: ids.goalId },
    }),
    option: await workflowAsAdmin(request, 'GetWorkflowStepOption', {
      body: { WorkflowStepOptionId: ids.optionId },
    }),
    optionIds: await optionIds(),
    goalIds: await goalIds(),
  };
  return async function restore() {
    await workflowAsAdmin(request, 'SaveWorkflowGoal', { body: kept.goal });
    await workflowAsAdmin(request, 'SaveWorkflowStepOption', { body: kept.option });
    for (const id of await optionIds())
      if (!kept.optionIds.includes(id))
        await workflowAsAdmin(request, 'DeleteWorkflowStepOption', {
          query: { WorkflowStepOptionId: id },
        });
    for (const id of await goalIds())
      if (!kept.goalIds.includes(id))
        await workflowAsAdmin(request, 'DeleteWorkflowGoal', { query: { WorkflowGoalId: id } });
  };
}
