import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeRow } from '../model/testRows.ts';
import { RowActionsMenu } from './RowActionsMenu.tsx';

const rect = { left: 10, top: 10, width: 100, height: 30 };

describe('RowActionsMenu', () => {
  it('mounted already open (its code loaded on demand), focuses its first item', async () => {
    render(
      <RowActionsMenu
        target={{ row: 0, rect }}
        row={makeRow(1, [1, 2])}
        canEdit
        canLock={false}
        onAction={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const first = await screen.findByRole('menuitem', { name: /Set yearly amount/ });
    await waitFor(() => expect(first).toHaveFocus());
  });

  it('skips disabled items: a read-only user lands on the history item', async () => {
    render(
      <RowActionsMenu
        target={{ row: 0, rect }}
        row={makeRow(1, [1, 2])}
        canEdit={false}
        canLock={false}
        onAction={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const history = await screen.findByRole('menuitem', { name: /history/i });
    await waitFor(() => expect(history).toHaveFocus());
  });
});
