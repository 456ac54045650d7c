import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { WorkflowStepOption } from '../../../api/workflow/schemas.ts';
import { ToastContext } from '../../../ui/toastContext.ts';
import { StepOptionForm } from './StepOptionForm.tsx';

const right = (Mask: string, Reason = '') => ({
  FieldRight: { Mask, Reason },
  FieldType: 'System.Object',
  FieldLength: -1,
});

/** Option 2 of the sandbox as admin, with the Steps right given. */
const option = (steps: ReturnType<typeof right>): WorkflowStepOption => ({
  WorkflowStepOptionId: 2,
  WorkflowStepId: 3,
  WorkflowId: 1,
  OptionType: 'LinkClicked',
  Key: 'pricing',
  Name: 'Clicked pricing',
  Rank: 2,
  Steps: [{ WorkflowStepId: 9, WorkflowId: 1, StepType: 'SendEmail', Rank: 1 }],
  TableRight: { Mask: 'FULL', Reason: '' },
  FieldProperties: { Name: right('FULL'), Steps: steps },
});

function renderForm(loaded: WorkflowStepOption) {
  // The step-type and option-type lists are not needed here: the form falls back to its own.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 500 })),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: <StepOptionForm loaded={loaded} isNew={false} flowId={1} />,
      },
    ],
    { initialEntries: ['/workflows/1/options/2'] },
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

describe('the steps of an option follow their FieldProperties right', () => {
  it('hidden (no right): the steps are not shown, so none can be moved, removed or added', () => {
    renderForm(option(right('None')));
    expect(screen.getByLabelText(/^Name/)).toHaveProperty('value', 'Clicked pricing');
    expect(screen.queryByRole('heading', { name: 'Steps on this path' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^(Move|Remove|Drag)/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add step' })).toBeNull();
  });

  it('read-only with a reason: the steps are shown without their controls, with the reason', () => {
    renderForm(option(right('Read', 'Steps are edited in SuperOffice')));
    expect(screen.getByRole('heading', { name: 'Steps on this path' })).toBeTruthy();
    expect(
      screen.getByText(
        'Run in this order when a participant takes this path. Steps are edited in SuperOffice.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^(Move|Remove|Drag)/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add step' })).toBeNull();
  });
});
