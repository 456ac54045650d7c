import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { workflowKeys } from './keys.ts';
import { useDeleteWorkflowGoal, useSaveWorkflowGoal, useWorkflowGoal } from './useGoals.ts';
import {
  useDeleteWorkflowStepOption,
  useSaveWorkflowStepOption,
  useWorkflowStepOption,
} from './useStepOptions.ts';

/** The server's answer for every call (these tests are about the cache, not the network). */
function answer(body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body === null ? null : JSON.stringify(body), { status })),
  );
}

function setup() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const invalidated: unknown[] = [];
  const spy = vi.spyOn(client, 'invalidateQueries');
  spy.mockImplementation(async (filters) => {
    invalidated.push(filters?.queryKey);
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, invalidated, wrapper };
}

afterEach(() => vi.unstubAllGlobals());

describe('workflow mutations invalidate exactly what they change', () => {
  it('SaveWorkflowGoal: caches the answer, refreshes its flow and the flow list', async () => {
    const saved = {
      WorkflowGoalId: 5,
      WorkflowId: 2,
      GoalType: 'LinkClicked',
      RestrictionGroups: [],
    };
    answer(saved);
    const { client, invalidated, wrapper } = setup();
    const { result } = renderHook(() => useSaveWorkflowGoal(), { wrapper });
    result.current.mutate({ ...saved, WorkflowGoalId: 0 });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(client.getQueryData(workflowKeys.goal(5))).toEqual(saved);
    expect(invalidated).toEqual([workflowKeys.flow(2), workflowKeys.flows()]);
  });

  it('DeleteWorkflowGoal: drops the goal, refreshes its flow and the list', async () => {
    answer(null, 204);
    const { client, invalidated, wrapper } = setup();
    client.setQueryData(workflowKeys.goal(3), { WorkflowGoalId: 3 });
    const { result } = renderHook(() => useDeleteWorkflowGoal(), { wrapper });
    result.current.mutate({ WorkflowGoalId: 3, WorkflowId: 1 });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(client.getQueryData(workflowKeys.goal(3))).toBeUndefined();
    expect(invalidated).toEqual([workflowKeys.flow(1), workflowKeys.flows()]);
  });

  it('SaveWorkflowStepOption: refreshes the steps and nested options of its path, its split and flow', async () => {
    const saved = {
      WorkflowStepOptionId: 9,
      WorkflowStepId: 3,
      WorkflowId: 1,
      Name: 'P',
      Steps: [
        {
          WorkflowStepId: 20,
          StepType: 'Split',
          Options: [
            { WorkflowStepOptionId: 11, Steps: [{ WorkflowStepId: 21, StepType: 'SendSMS' }] },
          ],
        },
      ],
    };
    answer(saved);
    const { client, invalidated, wrapper } = setup();
    const { result } = renderHook(() => useSaveWorkflowStepOption(), { wrapper });
    result.current.mutate({ ...saved, Steps: [{ WorkflowStepId: 19, StepType: 'SendEmail' }] });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(client.getQueryData(workflowKeys.stepOption(9))).toMatchObject({ Name: 'P' });
    expect(invalidated).toEqual([
      workflowKeys.step(19),
      workflowKeys.step(20),
      workflowKeys.step(21),
      workflowKeys.stepOption(11),
      workflowKeys.flow(1),
      workflowKeys.step(3),
      workflowKeys.stepOptions(),
      workflowKeys.flows(),
    ]);
  });

  it('SaveWorkflowStepOption: sends back the Key the last save answered, or the one its split lists', async () => {
    const bodies: unknown[] = [];
    const loaded = {
      WorkflowStepOptionId: 4,
      WorkflowStepId: 3,
      WorkflowId: 2,
      Name: 'A',
      Steps: [],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        bodies.push(JSON.parse(String(init.body)));
        return new Response(JSON.stringify({ ...loaded, Key: 'made-by-server' }), { status: 200 });
      }),
    );
    const { client, wrapper } = setup();
    const { result } = renderHook(() => useSaveWorkflowStepOption(), { wrapper });
    // First save: no Key known anywhere, so none is sent (never made up).
    await result.current.mutateAsync(loaded);
    expect(bodies[0]).not.toHaveProperty('Key');
    // The cached option stays as loaded (no Key), so it does not look changed.
    expect(client.getQueryData(workflowKeys.stepOption(4))).not.toHaveProperty('Key');
    await result.current.mutateAsync({ ...loaded, Name: 'B' });
    expect(bodies[1]).toMatchObject({ Key: 'made-by-server', Name: 'B' });
    // A split that lists its options' Keys (a tenant may): that Key, in another page's client.
    const other = setup();
    other.client.setQueryData(workflowKeys.flow(2), {
      EmailFlowId: 2,
      Steps: [
        {
          WorkflowStepId: 3,
          StepType: 'Split',
          Options: [{ WorkflowStepOptionId: 4, Key: 'listed', Steps: [] }],
        },
      ],
    });
    const second = renderHook(() => useSaveWorkflowStepOption(), { wrapper: other.wrapper });
    await second.result.current.mutateAsync(loaded);
    expect(bodies[2]).toMatchObject({ Key: 'listed' });
  });

  it('SaveWorkflowStepOption: the other options of its split are refetched (their ranks change), no others', async () => {
    const saved = { WorkflowStepOptionId: 9, WorkflowStepId: 3, WorkflowId: 1, Rank: 1, Steps: [] };
    answer(saved);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    client.setQueryData(workflowKeys.stepOption(8), {
      WorkflowStepOptionId: 8,
      WorkflowStepId: 3,
      Rank: 1,
    });
    client.setQueryData(workflowKeys.stepOption(12), {
      WorkflowStepOptionId: 12,
      WorkflowStepId: 4,
      Rank: 1,
    });
    const { result } = renderHook(() => useSaveWorkflowStepOption(), { wrapper });
    result.current.mutate({ ...saved, Rank: 2 });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(client.getQueryState(workflowKeys.stepOption(8))?.isInvalidated).toBe(true);
    expect(client.getQueryState(workflowKeys.stepOption(12))?.isInvalidated).toBe(false);
    expect(client.getQueryState(workflowKeys.stepOption(9))?.isInvalidated).toBe(false);
  });
});

describe('saving a nested option refreshes the options whose path holds it', () => {
  it('SaveWorkflowStepOption: a cached parent option (its split holds the saved one) is refetched', async () => {
    const saved = {
      WorkflowStepOptionId: 5,
      WorkflowStepId: 16,
      WorkflowId: 2,
      Rank: 1,
      Steps: [],
    };
    answer(saved);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    // Option 4's path holds split 16, whose path "A customers" (option 5) is being saved.
    client.setQueryData(workflowKeys.stepOption(4), {
      WorkflowStepOptionId: 4,
      WorkflowStepId: 14,
      Steps: [
        { WorkflowStepId: 15, StepType: 'SendEmail' },
        {
          WorkflowStepId: 16,
          StepType: 'Split',
          Options: [{ WorkflowStepOptionId: 5, Steps: [{ WorkflowStepId: 17 }] }],
        },
      ],
    });
    client.setQueryData(workflowKeys.stepOption(9), {
      WorkflowStepOptionId: 9,
      WorkflowStepId: 22,
      Steps: [{ WorkflowStepId: 24, StepType: 'SendEmail' }],
    });
    const { result } = renderHook(() => useSaveWorkflowStepOption(), { wrapper });
    result.current.mutate(saved);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(client.getQueryState(workflowKeys.stepOption(4))?.isInvalidated).toBe(true);
    expect(client.getQueryState(workflowKeys.stepOption(9))?.isInvalidated).toBe(false);
  });
});

describe('deleting what the open page shows does not fetch it again', () => {
  /** Answers Get… with `item` until Delete… succeeds, then 404; counts the Get… calls. */
  function server(get: string, item: unknown) {
    let deleted = false;
    const gets = { count: 0 };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL) => {
        const url = String(input instanceof Request ? input.url : input);
        if (url.includes('/Delete')) {
          deleted = true;
          return new Response(null, { status: 204 });
        }
        if (url.includes(get)) {
          gets.count += 1;
          return deleted
            ? new Response(JSON.stringify({ Message: 'Not found' }), { status: 404 })
            : new Response(JSON.stringify(item), { status: 200 });
        }
        return new Response(JSON.stringify({}), { status: 200 });
      }),
    );
    return gets;
  }
  const wrapperFor = (client: QueryClient) =>
    function Wrapper({ children }: { children: ReactNode }) {
      return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    };

  it('DeleteWorkflowStepOption: the open option is not fetched again, and is dropped once its page goes', async () => {
    const option = { WorkflowStepOptionId: 13, WorkflowStepId: 3, WorkflowId: 4, Steps: [] };
    const gets = server('GetWorkflowStepOption', option);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { result, rerender, unmount } = renderHook(
      () => ({ page: useWorkflowStepOption(13), del: useDeleteWorkflowStepOption() }),
      { wrapper: wrapperFor(client) },
    );
    await waitFor(() => expect(result.current.page.isSuccess).toBe(true));
    expect(gets.count).toBe(1);
    await result.current.del.mutateAsync(option);
    // The page renders once more before it navigates away (the form is reset).
    rerender();
    await new Promise((r) => setTimeout(r, 20));
    expect(gets.count).toBe(1);
    unmount();
    expect(client.getQueryCache().find({ queryKey: workflowKeys.stepOption(13) })).toBeUndefined();
  });

  it('DeleteWorkflowGoal: the open goal is not fetched again, and is dropped once its page goes', async () => {
    const goal = {
      WorkflowGoalId: 7,
      WorkflowId: 1,
      GoalType: 'LinkClicked',
      RestrictionGroups: [],
    };
    const gets = server('GetWorkflowGoal', goal);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { result, rerender, unmount } = renderHook(
      () => ({ page: useWorkflowGoal(7), del: useDeleteWorkflowGoal() }),
      { wrapper: wrapperFor(client) },
    );
    await waitFor(() => expect(result.current.page.isSuccess).toBe(true));
    await result.current.del.mutateAsync(goal);
    rerender();
    await new Promise((r) => setTimeout(r, 20));
    expect(gets.count).toBe(1);
    unmount();
    expect(client.getQueryCache().find({ queryKey: workflowKeys.goal(7) })).toBeUndefined();
  });
});
