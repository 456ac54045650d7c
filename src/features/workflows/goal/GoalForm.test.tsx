import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { WorkflowGoal } from '../../../api/workflow/schemas.ts';
import { ToastContext } from '../../../ui/toastContext.ts';
import { GoalForm } from './GoalForm.tsx';

const right = (Mask: string, Reason = '') => ({
  FieldRight: { Mask, Reason },
  FieldType: 'System.Object',
  FieldLength: -1,
});

/** A goal with one group, as admin, with the RestrictionGroups right given. */
const goal = (groups: ReturnType<typeof right>): WorkflowGoal => ({
  WorkflowGoalId: 3,
  WorkflowId: 1,
  GoalType: 'FormSubmitted',
  RestrictionGroups: [
    {
      Name: 'Trial requested',
      Description: '',
      Rank: 1,
      Restrictions: [
        { Name: 'personEmail', Operator: 'contains', Values: ['@'], InterOperator: 'None' },
      ],
    },
  ],
  TableRight: { Mask: 'FULL', Reason: '' },
  FieldProperties: { GoalType: right('FULL'), RestrictionGroups: groups },
});

function renderForm(loaded: WorkflowGoal) {
  // The field and goal-type lists are not needed here: the form falls back to its own.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 500 })),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [{ path: '*', element: <GoalForm loaded={loaded} isNew={false} flowId={1} /> }],
    { initialEntries: ['/workflows/1/goals/3'] },
  );
  render(
    <QueryClientProvider client={client}>
      <ToastContext.Provider value={() => () => {}}>
        <RouterProvider router={router} />
      </ToastContext.Provider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the restriction groups of a goal follow their FieldProperties right', () => {
  it('hidden (no right): the groups are not shown, so none can be added, moved or removed', () => {
    renderForm(goal(right('None')));
    expect(screen.getByRole('heading', { name: 'Goal' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Restriction groups' })).toBeNull();
    expect(screen.queryByRole('region', { name: /^Group 1/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add group' })).toBeNull();
  });

  it('read-only with a reason: the groups are shown without their controls, with the reason', () => {
    renderForm(goal(right('Read', 'Restrictions are edited in SuperOffice')));
    expect(screen.getByRole('region', { name: 'Group 1: Trial requested' })).toBeTruthy();
    expect(
      screen.getByText(/parentheses group them\. Restrictions are edited in SuperOffice\.$/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add group' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Move|Remove|Drag)/ })).toBeNull();
  });
});
