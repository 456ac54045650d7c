import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
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

/**
 * A Save is answered with what was sent, the option read again before it with `loaded` (no one
 * else saved it meanwhile), the split step (for the ranks of the other paths) with
 * `split` when given; other calls fail: the step-type and option-type lists are not needed here
 * (the form falls back to its own).
 */
function renderForm(loaded: WorkflowStepOption, split?: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
      if (String(url).includes('SaveWorkflowStepOption'))
        return new Response(String(init?.body), { status: 200 });
      if (String(url).includes('GetWorkflowStepOption'))
        return new Response(JSON.stringify(loaded), { status: 200 });
      if (split && String(url).includes('GetWorkflowStep'))
        return new Response(JSON.stringify(split), { status: 200 });
      return new Response('{}', { status: 500 });
    }),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: <StepOptionForm loaded={loaded} isNew={false} flowId={1} name="Clicked pricing" />,
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

describe('the Rank field', () => {
  it('shows the stored rank after a save, not what was typed (" 3 ")', async () => {
    renderForm(option(right('FULL')));
    const rank = screen.getByLabelText(/^Rank/);
    fireEvent.change(rank, { target: { value: ' 3 ' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/^The server stored “Clicked pricing” \(key pricing, rank 3\)/);
    expect(rank).toHaveProperty('value', '3');
  });

  it('warns, before saving, of a rank that puts the path after “Everyone else”', async () => {
    renderForm(option(right('FULL')), {
      WorkflowStepId: 3,
      StepType: 'Split',
      Options: [
        { WorkflowStepOptionId: 1, OptionType: 'LinkClicked', Name: 'Guide', Rank: 1 },
        { WorkflowStepOptionId: 2, OptionType: 'LinkClicked', Name: 'Clicked pricing', Rank: 2 },
        { WorkflowStepOptionId: 3, OptionType: 'None', Name: 'Everyone else', Rank: 3 },
      ],
    });
    const rank = screen.getByLabelText(/^Rank/);
    fireEvent.change(rank, { target: { value: '9' } });
    await waitFor(() =>
      expect(rank).toHaveAccessibleDescription(
        'Rank 9 is past the last path, so this path goes last, after “Everyone else”, which takes every participant the paths before it did not: no one would take this path. Use a rank from 1 to 2.',
      ),
    );
    fireEvent.change(rank, { target: { value: '2' } });
    await waitFor(() => expect(rank).not.toHaveAccessibleDescription(/Everyone else/));
  });

  it('tells a viewer what is wrong with a stored rank, not which rank to use', async () => {
    const stored = { ...option(right('FULL')), Rank: 9, TableRight: { Mask: 'Read', Reason: '' } };
    renderForm(stored, {
      WorkflowStepId: 3,
      StepType: 'Split',
      Options: [
        { WorkflowStepOptionId: 3, OptionType: 'None', Name: 'Everyone else', Rank: 1 },
        { WorkflowStepOptionId: 2, OptionType: 'LinkClicked', Name: 'Clicked pricing', Rank: 2 },
      ],
    });
    const rank = screen.getByLabelText(/^Rank/);
    await waitFor(() =>
      expect(rank).toHaveAccessibleDescription(
        'Rank 9 is past the last path, so this path goes last, after “Everyone else”, which takes every participant the paths before it did not: no one would take this path. You do not have permission to change this record.',
      ),
    );
  });
});

describe('the step list', () => {
  it('reads a step’s type and detail apart ("Wait time, 1 day"), not run together', () => {
    const waiting = {
      ...option(right('FULL')),
      Steps: [
        {
          WorkflowStepId: 9,
          WorkflowId: 1,
          StepType: 'WaitForTime',
          Rank: 1,
          Delay: 1,
          DelayUnit: 'Days',
        },
      ],
    };
    renderForm(waiting);
    const [item] = within(screen.getByRole('list', { name: 'Steps on this path' })).getAllByRole(
      'listitem',
    );
    expect(item?.textContent).toMatch(/^1\.\s*\S.*\S, 1 day$/);
  });
});

describe('an option as GetWorkflowStepOption returns it (WorkflowStepOptionBase, contract §4)', () => {
  /** No Key, no TableRight, no FieldProperties. */
  const base: WorkflowStepOption = {
    OptionType: 'LinkClicked',
    WorkflowStepOptionId: 2,
    WorkflowStepId: 3,
    WorkflowId: 1,
    Name: 'Clicked pricing',
    Rank: 2,
    Steps: [{ WorkflowStepId: 9, WorkflowId: 1, StepType: 'SendEmail', Rank: 1 }],
  };

  it('shows no Key field (it has no Key to show or send) and is editable, with nothing said about rights', async () => {
    renderForm(base);
    expect(screen.queryByLabelText(/^Key/)).toBeNull();
    const name = screen.getByLabelText(/^Name/);
    expect(name).toBeEnabled();
    expect(screen.getByRole('combobox', { name: /^Option type/ })).toBeEnabled();
    expect(screen.getByLabelText(/^Rank/)).toBeEnabled();
    expect(screen.queryByText(/permission|read-only|cannot change/i)).toBeNull();
    fireEvent.change(name, { target: { value: 'Clicked the price list' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/^The server stored “Clicked the price list”/);
    const save = vi
      .mocked(fetch)
      .mock.calls.find(([url]) => String(url).includes('SaveWorkflowStepOption'));
    expect(JSON.parse(String(save?.[1]?.body))).not.toHaveProperty('Key');
  });

  it('still shows Key for an option whose carrier has one', () => {
    renderForm({ ...base, Key: 'pricing' });
    expect(screen.getByLabelText(/^Key/)).toHaveProperty('value', 'pricing');
  });
});
