import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ToastContext } from '../../../ui/toastContext.ts';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';

/** What the platform has (for every resource type). */
let onPlatform: WorkflowDefinition[] = [];
vi.mock('../../../api/definitions/hooks.ts', () => ({
  useDefinitions: () => ({ data: onPlatform, isPending: false, isError: false }),
  useDeleteDefinition: () => ({ mutateAsync: vi.fn() }),
}));

const { DefinitionsListCard } = await import('./DefinitionsListCard.tsx');

const renderCard = (canDelete: boolean) =>
  render(
    <MemoryRouter initialEntries={['/definitions']}>
      <ToastContext.Provider value={vi.fn()}>
        <DefinitionsListCard enabled canDelete={canDelete} />
      </ToastContext.Provider>
    </MemoryRouter>,
  );

describe('DefinitionsListCard, empty', () => {
  beforeEach(() => {
    onPlatform = [];
  });

  it('asks an administrator to upload the first definition', () => {
    renderCard(true);
    expect(screen.getByRole('heading', { name: 'No definitions yet' })).toBeTruthy();
    expect(screen.getByText('Upload an OSWorkflow XML file to add the first one.')).toBeTruthy();
  });

  it('does not ask a read-only user to upload what they may not', () => {
    renderCard(false);
    expect(screen.getByRole('heading', { name: 'No definitions yet' })).toBeTruthy();
    expect(screen.queryByText(/Upload an OSWorkflow XML file/)).toBeNull();
    expect(screen.getByText('Nothing has been uploaded to the API platform yet.')).toBeTruthy();
  });

  it('offers no filter or search when there is nothing on the platform', () => {
    renderCard(true);
    expect(screen.queryByRole('searchbox', { name: 'Search by name' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Resource type' })).toBeNull();
  });

  it('keeps filter and search when a search merely matches nothing', () => {
    onPlatform = [
      {
        Key: 'k-1',
        Name: 'Ticket triage',
        Description: 'Sorts tickets',
        ObjectType: 'ticket',
      } as WorkflowDefinition,
    ];
    renderCard(true);
    const searchBox = screen.getByRole('searchbox', { name: 'Search by name' });
    fireEvent.change(searchBox, { target: { value: 'zzz' } });
    expect(screen.getByRole('heading', { name: 'No definitions match' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Search by name' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Resource type' })).toBeTruthy();
  });
});
