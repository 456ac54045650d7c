import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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

/**
 * The server's answer to a Save, the goal read again before it is `loaded` (no one else saved it
 * meanwhile); other calls fail: the field and goal-type lists are not needed.
 */
function renderForm(loaded: WorkflowGoal, saveAnswer: unknown = {}) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: RequestInfo | URL) =>
      String(url).includes('SaveWorkflowGoal')
        ? new Response(JSON.stringify(saveAnswer), { status: 400 })
        : String(url).includes('GetWorkflowGoal')
          ? new Response(JSON.stringify(loaded), { status: 200 })
          : new Response('{}', { status: 500 }),
    ),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: <GoalForm loaded={loaded} isNew={false} flowId={1} name="Goal: Contact updated" />,
      },
    ],
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

describe('a server 400 on a condition', () => {
  for (const [field, label] of [
    ['Operator', 'Operator'],
    ['InterParenthesis', 'Parentheses'],
  ] as const)
    it(`naming its ${field} is shown on its ${label} picker`, async () => {
      const message = `RestrictionGroups.0.Restrictions.0.${field}: refused by the server`;
      renderForm(goal(right('FULL')), {
        Error: true,
        ErrorType: 'SoValidationException',
        ErrorMessage: message,
        ErrorField: `RestrictionGroups.0.Restrictions.0.${field}`,
      });
      fireEvent.change(screen.getByRole('textbox', { name: 'Description, Group 1' }), {
        target: { value: 'Edited' },
      });
      await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      const g1 = 'Group 1: Trial requested';
      const condition = screen.getByRole('group', { name: `Condition 1 of ${g1}` });
      await waitFor(() =>
        expect(
          within(condition).getByRole('combobox', { name: `${label}, condition 1 of ${g1}` }),
        ).toHaveAccessibleDescription(message),
      );
    });

  for (const field of [
    'WorkflowId',
    'RestrictionGroups',
    'RestrictionGroups.0.Restrictions.0.InterOperator',
  ])
    it(`naming ${field}, which the form does not show, is said in the banner`, async () => {
      const message = `${field}: refused by the server`;
      renderForm(goal(right('FULL')), {
        Error: true,
        ErrorType: 'SoValidationException',
        ErrorMessage: message,
        ErrorField: field,
      });
      fireEvent.change(screen.getByRole('textbox', { name: 'Description, Group 1' }), {
        target: { value: 'Edited' },
      });
      await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(message));
    });
});

describe('a join of None between conditions (only ever from the server)', () => {
  it('reads the same in the join picker and in the summary: no join, not And', async () => {
    const loaded = goal(right('FULL'));
    loaded.RestrictionGroups![0].Restrictions = [
      { Name: 'personEmail', Operator: 'contains', Values: ['@'], InterOperator: 'None' },
      { Name: 'personEmail', Operator: 'contains', Values: ['.no'], InterOperator: 'None' },
    ];
    renderForm(loaded);
    const group = screen.getByRole('region', { name: 'Group 1: Trial requested' });
    expect(
      within(group).getByRole('combobox', {
        name: 'Join condition 1 to the next with, in Group 1: Trial requested',
      }),
    ).toHaveTextContent('No join (None)');
    await waitFor(() => expect(group.textContent).toContain(' — no join — '));
    expect(group.textContent).not.toContain(' ; ');
  });
});
