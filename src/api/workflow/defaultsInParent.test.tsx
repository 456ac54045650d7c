import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDefaultWorkflowGoal } from './useGoals.ts';
import { useDefaultWorkflowStepOption } from './useStepOptions.ts';

/** Answers as a SuperOffice tenant: a new carrier without its parent, whatever was sent. */
function tenantAnswers(body: unknown) {
  const sent: { url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      sent.push({ url, body: typeof init?.body === 'string' ? JSON.parse(init.body) : null });
      return new Response(JSON.stringify(body), { status: 200 });
    }),
  );
  return sent;
}

const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
    {children}
  </QueryClientProvider>
);

afterEach(() => vi.unstubAllGlobals());

describe('new goals and options are made in their parent (CreateDefault… takes none)', () => {
  it('CreateDefaultWorkflowGoal is called without arguments; the goal gets its flow', async () => {
    const sent = tenantAnswers({ WorkflowGoalId: 0, WorkflowId: 0, GoalType: 'None' });
    const { result } = renderHook(() => useDefaultWorkflowGoal(2), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(sent.map((s) => s.url)).toEqual(['/api/v1/Agents/Workflow/CreateDefaultWorkflowGoal']);
    expect(result.current.data?.WorkflowId).toBe(2);
  });

  it('…FromType gets only the option type; the option gets its split, flow and rank', async () => {
    const sent = tenantAnswers({
      OptionType: 'LinkClicked',
      WorkflowStepOptionId: 0,
      WorkflowStepId: 0,
      WorkflowId: 0,
      Name: '',
      Rank: 0,
      Steps: [],
    });
    const split = {
      WorkflowStepId: 3,
      WorkflowId: 1,
      StepType: 'Split' as const,
      Options: [{ WorkflowStepOptionId: 7, OptionType: 'LinkClicked' as const, Rank: 1 }],
    };
    const { result } = renderHook(() => useDefaultWorkflowStepOption(split, 1, 'LinkClicked'), {
      wrapper,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(sent).toEqual([
      {
        url: '/api/v1/Agents/Workflow/CreateDefaultWorkflowStepOptionFromType',
        body: { OptionType: 'LinkClicked' },
      },
    ]);
    expect(result.current.data).toMatchObject({ WorkflowStepId: 3, WorkflowId: 1, Rank: 2 });
  });
});
