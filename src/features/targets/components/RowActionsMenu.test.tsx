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

  it('shows a planner Lock row, off, with the reason the server gives, in the menu and its description', async () => {
    render(
      <RowActionsMenu
        target={{ row: 0, rect }}
        row={makeRow(1, [1, 2])}
        canEdit
        canLock={false}
        lockReason="You do not have the right 'Can lock and unlock targets'."
        onAction={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const lock = await screen.findByRole('menuitem', { name: 'Lock row' });
    expect(lock).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('menu')).toHaveAccessibleDescription(
      "You do not have the right 'Can lock and unlock targets'.",
    );
    expect(
      screen.getByText("You do not have the right 'Can lock and unlock targets'."),
    ).toBeVisible();
  });

  it('on a locked row says why its value items are off', async () => {
    render(
      <RowActionsMenu
        target={{ row: 0, rect }}
        row={makeRow(1, [1, 2], { locked: true })}
        canEdit
        canLock
        onAction={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const unlock = await screen.findByRole('menuitem', { name: 'Unlock row' });
    expect(unlock).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('menuitem', { name: /Clear row/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    expect(screen.getByRole('menu')).toHaveAccessibleDescription(
      'This row is locked: unlock it to change its values.',
    );
  });

  it('ties each off item to its own reason, and shows the lock reason under the lock item', async () => {
    const noRight = "You do not have the right 'Can lock and unlock targets'.";
    const { unmount } = render(
      <RowActionsMenu
        target={{ row: 0, rect }}
        row={makeRow(1, [1, 2])}
        canEdit
        canLock={false}
        lockReason={noRight}
        onAction={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const lock = await screen.findByRole('menuitem', { name: 'Lock row' });
    expect(lock).toHaveAccessibleDescription(noRight);
    // The planner's value items are on: no reason is theirs.
    const clear = screen.getByRole('menuitem', { name: /Clear row/ });
    expect(clear).not.toHaveAttribute('aria-describedby');
    // Beside the item it is about, not above the value items.
    const reason = screen.getByText(noRight);
    expect(clear.compareDocumentPosition(reason) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(lock.compareDocumentPosition(reason) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    unmount();

    render(
      <RowActionsMenu
        target={{ row: 0, rect }}
        row={makeRow(1, [1, 2], { locked: true })}
        canEdit
        canLock={false}
        lockReason={noRight}
        onAction={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    const locked =
      'This row is locked: someone who may lock and unlock targets must unlock it before its values can be changed.';
    expect(await screen.findByRole('menuitem', { name: /Clear row/ })).toHaveAccessibleDescription(
      locked,
    );
    expect(screen.getByRole('menuitem', { name: /Set yearly amount/ })).toHaveAccessibleDescription(
      locked,
    );
    expect(screen.getByRole('menuitem', { name: 'Unlock row' })).toHaveAccessibleDescription(
      noRight,
    );
    expect(screen.getByRole('menu')).toHaveAccessibleDescription(`${locked} ${noRight}`);
  });

  it('ties a viewer’s off items to the read-only reason', async () => {
    render(
      <RowActionsMenu
        target={{ row: 0, rect }}
        row={makeRow(1, [1, 2])}
        canEdit={false}
        canLock={false}
        readOnlyReason="Your role may view but not change this."
        onAction={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(
      await screen.findByRole('menuitem', { name: /Copy from another row/ }),
    ).toHaveAccessibleDescription('Your role may view but not change this.');
    expect(screen.getByRole('menuitem', { name: /history/i })).not.toHaveAttribute(
      'aria-describedby',
    );
  });
});
