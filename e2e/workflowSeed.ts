import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from '@playwright/test';
import { workflowAsAdmin } from './workflowsAdminApi.ts';

type Carrier = Record<string, unknown>;
interface Step extends Carrier {
  StepType?: string;
  Options?: Option[] | null;
}
interface Option extends Carrier {
  WorkflowStepOptionId: number;
  Rank?: number;
  Steps?: Step[] | null;
}
interface Goal extends Carrier {
  WorkflowGoalId: number;
}
interface Flow {
  EmailFlowId: number;
  Steps?: Step[] | null;
  Goals?: Goal[] | null;
}

/** Every split option of a line of steps, nested ones after the option they are on. */
function optionsOf(steps: readonly Step[] | null | undefined, depth = 0): [Option, number][] {
  return (steps ?? []).flatMap((s) =>
    (s.Options ?? []).flatMap((o): [Option, number][] => [
      [o, depth],
      ...optionsOf(o.Steps, depth + 1),
    ]),
  );
}

/** What the spec may change and must put back: the flows' goals, main lines and split options. */
interface Seed {
  flows: Map<number, { steps: string; goals: Map<number, Goal> }>;
  options: Map<number, { option: Option; depth: number }>;
}

async function readSeed(request: APIRequestContext): Promise<Seed> {
  const list = (await workflowAsAdmin(request, 'GetEmailFlowList')) as { EmailFlowId: number }[];
  const seed: Seed = { flows: new Map(), options: new Map() };
  for (const { EmailFlowId } of list) {
    const flow = (await workflowAsAdmin(request, 'GetEmailFlow', {
      query: { emailFlowId: EmailFlowId },
    })) as Flow;
    seed.flows.set(EmailFlowId, {
      // The main line's steps, without the options on their paths (compared one by one).
      steps: JSON.stringify(
        (flow.Steps ?? []).map((s) => ({
          ...s,
          Options: s.Options?.map((o) => o.WorkflowStepOptionId),
        })),
      ),
      goals: new Map((flow.Goals ?? []).map((g) => [g.WorkflowGoalId, g])),
    });
    for (const [option, depth] of optionsOf(flow.Steps))
      seed.options.set(option.WorkflowStepOptionId, { option, depth });
  }
  return seed;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Keeps the sandbox's workflows as they are now, to be put back after a test that saves seeded
 * goals or options, so that the next test (and the same spec run again against this server)
 * finds the seed as it was: goals and options saved since are saved back as kept (outer options
 * first, by rank, so that their siblings fall back into place), and those added since are
 * deleted. Fails the test when the restore could not put everything back (a seeded goal or
 * option deleted, a main-line step changed), rather than leave the next one a changed seed.
 */
export async function keepWorkflowSeed(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
) {
  // Its own connections, closed when done: one left open through the test is closed by the
  // server once idle (Node's keep-alive timeout, 5 s), and the test's clean-up sent on it just
  // then was reset (ECONNRESET on clearing the faults after the first test).
  const withApi = async <T>(act: (request: APIRequestContext) => Promise<T>): Promise<T> => {
    const request = await playwright.request.newContext({ baseURL });
    try {
      return await act(request);
    } finally {
      await request.dispose();
    }
  };
  const kept = await withApi(readSeed);
  return () => withApi((request) => restoreSeed(request, kept));
}

/** Puts back what `kept` holds (keepWorkflowSeed), then checks that all of it is back. */
async function restoreSeed(request: APIRequestContext, kept: Seed) {
  for (let pass = 0; pass < 3; pass++) {
    const now = await readSeed(request);
    let changed = false;
    for (const [flowId, flow] of now.flows) {
      const keptGoals = kept.flows.get(flowId)?.goals ?? new Map<number, Goal>();
      for (const [id, goal] of flow.goals) {
        const was = keptGoals.get(id);
        if (!was)
          await workflowAsAdmin(request, 'DeleteWorkflowGoal', { query: { WorkflowGoalId: id } });
        else if (!same(was, goal))
          await workflowAsAdmin(request, 'SaveWorkflowGoal', { body: was });
        else continue;
        changed = true;
      }
    }
    // Added options, outer ones first: nested ones may have gone with the option they were on.
    const added = [...now.options].filter(([id]) => !kept.options.has(id));
    for (const [id] of added.sort((a, b) => a[1].depth - b[1].depth)) {
      if ((await readSeed(request)).options.has(id))
        await workflowAsAdmin(request, 'DeleteWorkflowStepOption', {
          query: { WorkflowStepOptionId: id },
        });
      changed = true;
    }
    const toSave = [...kept.options.values()]
      .filter(({ option }) => {
        const current = now.options.get(option.WorkflowStepOptionId)?.option;
        return current && !same(current, option);
      })
      .sort((a, b) => a.depth - b.depth || (a.option.Rank ?? 0) - (b.option.Rank ?? 0));
    for (const { option } of toSave) {
      await workflowAsAdmin(request, 'SaveWorkflowStepOption', { body: option });
      changed = true;
    }
    if (!changed) break;
  }
  const after = await readSeed(request);
  expect(
    [...after.flows].map(([id, f]) => [id, f.steps, [...f.goals.values()]]),
    'the workflows as kept before the test (flows, main lines, goals)',
  ).toEqual([...kept.flows].map(([id, f]) => [id, f.steps, [...f.goals.values()]]));
  expect(
    [...after.options.values()].map((o) => o.option),
    'the split options as kept before the test',
  ).toEqual([...kept.options.values()].map((o) => o.option));
}
