import type { APIRequestContext, Page } from '@playwright/test';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

/** Flow 2's first split ("Attended" …): the split specs' own paths go under it. */
export const FLOW = 2;
export const SPLIT_OF_FLOW = 14;

interface StoredOption {
  WorkflowStepOptionId: number;
  Steps: { WorkflowStepId: number; StepType: string }[];
}

/** A path a test made through the API: its id, and the ids of the paths of its split. */
export interface MadePath {
  id: number;
  inner: number[];
}

/** One path of the split `pathWithSplit` makes (OptionType None unless it says otherwise). */
export interface InnerPath {
  Name: string;
  OptionType?: string;
  Steps: Record<string, unknown>[];
}

/** Saves a new option (a path) of flow 2 as the admin: `body` says where it goes and what it holds. */
export const saveOption = (request: APIRequestContext, body: Record<string, unknown>) =>
  workflowAsAdmin(request, 'SaveWorkflowStepOption', {
    body: { WorkflowStepOptionId: 0, WorkflowId: FLOW, Key: '', OptionType: 'None', ...body },
  }) as Promise<StoredOption>;

/** A new "Send SMS" step, first on its path. */
export const sms = (message: string) => ({
  WorkflowStepId: 0,
  StepType: 'SendSMS',
  Rank: 1,
  Message: message,
});

/**
 * A path of flow 2 named `name` whose only step is a split, "Inner split", with `innerPaths` as
 * its own paths (ranked in that order): made for a test, deleted after it (deleteMadePath).
 */
export async function pathWithSplit(
  request: APIRequestContext,
  name: string,
  innerPaths: InnerPath[],
): Promise<MadePath> {
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
  const splitId = outer.Steps[0]!.WorkflowStepId;
  const inner: number[] = [];
  for (const [index, path] of innerPaths.entries()) {
    const saved = await saveOption(request, { WorkflowStepId: splitId, Rank: index + 1, ...path });
    inner.push(saved.WorkflowStepOptionId);
  }
  return { id: outer.WorkflowStepOptionId, inner };
}

/** Whether option `id` is still stored (GetWorkflowStepOption answers it). */
export async function isStored(request: APIRequestContext, id: number) {
  const res = await request.post('/api/v1/Agents/Workflow/GetWorkflowStepOption', {
    headers: { Authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    data: { WorkflowStepOptionId: id },
  });
  return res.ok();
}

/** Deletes what a test made, its split's paths first, passing over what the test deleted itself. */
export async function deleteMadePath(request: APIRequestContext, made: MadePath) {
  for (const id of [...made.inner, made.id])
    if (await isStored(request, id))
      await workflowAsAdmin(request, 'DeleteWorkflowStepOption', {
        query: { WorkflowStepOptionId: id },
      });
}

/** The button that removes step 1 of a path pathWithSplit made: its split. */
export const removeSplitButton = (page: Page) =>
  page.getByRole('button', { name: /^Remove step 1, Split/ });

/** What a Save asks before it deletes the paths of a removed split. */
export const deletePathsQuestion = (page: Page) =>
  page.getByRole('alertdialog', { name: 'Delete the split’s paths?' });
