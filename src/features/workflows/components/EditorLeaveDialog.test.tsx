import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import type { Blocker } from 'react-router';
import { EditorLeaveDialog } from './EditorLeaveDialog.tsx';

const blocked = () =>
  ({
    state: 'blocked',
    location: { pathname: '/events' },
    reset: vi.fn(),
    proceed: vi.fn(),
  }) as unknown as Blocker & { reset: () => void; proceed: () => void };

describe('EditorLeaveDialog', () => {
  it('while saving, says the navigation waits for the save; Stay cancels it', () => {
    const blocker = blocked();
    render(<EditorLeaveDialog blocker={blocker} saving saveFailed={false} what="goal" />);
    const dialog = screen.getByRole('dialog', { name: 'Saving the goal' });
    expect(dialog).toHaveTextContent('You will leave this page as soon as the goal is saved.');
    expect(screen.queryByText(/will be lost/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stay on this page' }));
    expect(blocker.reset).toHaveBeenCalled();
    expect(blocker.proceed).not.toHaveBeenCalled();
  });

  it('after a failed save, says the changes were not saved and asks before they are lost', () => {
    const blocker = blocked();
    render(<EditorLeaveDialog blocker={blocker} saving={false} saveFailed what="option" />);
    expect(screen.getByRole('alertdialog', { name: 'The option was not saved' })).toHaveTextContent(
      'Your changes could not be saved: the reason is shown on this page. If you leave now they will be lost.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Leave and discard changes' }));
    expect(blocker.proceed).toHaveBeenCalled();
  });

  it('otherwise asks as every form does', () => {
    render(<EditorLeaveDialog blocker={blocked()} saving={false} saveFailed={false} what="goal" />);
    expect(screen.getByRole('alertdialog', { name: 'Leave without saving?' })).toBeVisible();
  });
});
