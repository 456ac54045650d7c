import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ToastContext } from '../../../ui/toastContext.ts';

vi.mock('../../../api/definitions/hooks.ts', () => ({
  useDefinitions: () => ({ data: [], isPending: false, isError: false }),
  useDeleteDefinition: () => ({ mutateAsync: vi.fn() }),
}));

const { DefinitionsListCard } = await import('./DefinitionsListCard.tsx');

const renderCard = (canDelete: boolean) =>
  render(
    <ToastContext.Provider value={vi.fn()}>
      <DefinitionsListCard enabled canDelete={canDelete} />
    </ToastContext.Provider>,
  );

describe('DefinitionsListCard, empty', () => {
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
});
