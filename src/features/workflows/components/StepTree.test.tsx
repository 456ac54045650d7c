import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import type { WorkflowStepBase } from '../../../api/workflow/schemas.ts';
import { StepTree } from './StepTree.tsx';

/** A split whose last path is ranked after its "Everyone else": no participant takes it. */
const steps: WorkflowStepBase[] = [
  {
    WorkflowStepId: 3,
    StepType: 'Split',
    SplitName: 'Reaction',
    Options: [
      { WorkflowStepOptionId: 1, OptionType: 'LinkClicked', Name: 'Clicked a link', Rank: 1 },
      { WorkflowStepOptionId: 2, OptionType: 'None', Name: 'No reaction', Rank: 2 },
      { WorkflowStepOptionId: 3, OptionType: 'LinkClicked', Name: 'Ranked last', Rank: 3 },
    ],
  },
];

function renderTree(canAddOptions: boolean) {
  // The field list (for Update contact steps) is not needed here.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{}', { status: 500 })),
  );
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <StepTree steps={steps} flowId={4} canAddOptions={canAddOptions} label="Main-line steps" />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('a path no participant takes', () => {
  const said =
    'No participant takes this path: it is ranked after “No reaction”, which takes everyone the paths before it did not.';

  it('is named, with what to do, to whom may change the flow', () => {
    renderTree(true);
    expect(screen.getByText(`${said} Open it and give it a lower rank.`)).toBeTruthy();
    expect(screen.getAllByText(/No participant takes this path/)).toHaveLength(1);
  });

  it('is named without being told to change it, to a viewer or planner', () => {
    renderTree(false);
    expect(screen.getByText(said)).toBeTruthy();
    expect(screen.queryByText(/Open it and give it a lower rank/)).toBeNull();
  });
});
