import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Button } from './Button.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';

describe('ConfirmDialog', () => {
  it('keeps the dialog open with a busy button until onConfirm settles', async () => {
    let finish: () => void = () => {};
    const onConfirm = () => new Promise<void>((r) => (finish = r));
    render(
      <ConfirmDialog
        title="Delete goal?"
        message="This cannot be undone."
        confirmLabel="Delete"
        tone="danger"
        onConfirm={onConfirm}
        trigger={<Button>Delete…</Button>}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete goal?' });
    expect(dialog).toHaveAccessibleDescription('This cannot be undone.');
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAttribute('aria-busy', 'true');
    finish();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('shows the error and stays open when onConfirm fails', async () => {
    render(
      <ConfirmDialog
        open
        title="Delete goal?"
        message="Sure?"
        confirmLabel="Delete"
        onConfirm={() => Promise.reject(new Error('Server said no'))}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Server said no');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  });

  it('puts focus back on the confirm button, described by the error, when the action fails', async () => {
    render(
      <ConfirmDialog
        title="Delete definition?"
        message="It is removed from the platform."
        confirmLabel="Delete"
        tone="danger"
        onConfirm={async () => {
          // As in a browser, the busy (disabled) button loses focus; jsdom keeps it there.
          (document.activeElement as HTMLElement | null)?.blur();
          throw new Error('The server could not delete it (500).');
        }}
        trigger={<Button>Delete…</Button>}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    const confirm = screen.getByRole('button', { name: 'Delete' });
    // The alert region is there, empty, before anything fails, so the message put in is announced.
    const alert = screen.getByRole('alert');
    expect(alert).toBeEmptyDOMElement();
    confirm.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(alert).toHaveTextContent('The server could not delete it (500).'));
    await waitFor(() => expect(confirm).toHaveFocus());
    expect(confirm).toHaveAccessibleDescription('The server could not delete it (500).');
    // Enter tries again from there.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(confirm).toHaveFocus());
  });

  it('gives focus back to what had it when a dialog opened from code closes', async () => {
    function Page() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onKeyDown={(e) => e.key === 'o' && setOpen(true)}>
            Leave
          </button>
          <ConfirmDialog
            open={open}
            onOpenChange={setOpen}
            title="Leave without saving?"
            message="Sure?"
            cancelLabel="Stay"
            confirmLabel="Leave"
            onConfirm={() => {}}
          />
        </>
      );
    }
    render(<Page />);
    const leave = screen.getByRole('button', { name: 'Leave' });
    leave.focus();
    await userEvent.keyboard('o');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stay' })).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    await waitFor(() => expect(leave).toHaveFocus());
  });
});
