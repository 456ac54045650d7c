import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { workflowKeys } from './keys.ts';
import { useDeleteWorkflowGoal, useSaveWorkflowGoal } from './useGoals.ts';
import { useSaveWorkflowStepOption } from './useStepOptions.ts';

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
