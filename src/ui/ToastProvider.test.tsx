import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ToastProvider } from './ToastProvider.tsx';
import { useToast } from './toastContext.ts';

function SaveButton() {
  const { toast } = useToast();
  return (
    <button
      onClick={() => toast({ title: 'Goal saved', description: 'All good', tone: 'success' })}
    >
      Save
    </button>
  );
}

describe('ToastProvider', () => {
  // The toast region loads lazily; transforming it on first use can take longer than a find*.
  beforeAll(() => import('./ToastViewport.tsx'), 20_000);

  it('shows a toast raised through useToast', async () => {
    render(
      <ToastProvider>
        <SaveButton />
      </ToastProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Goal saved')).toBeInTheDocument();
    expect(screen.getByText('All good')).toBeInTheDocument();
  });

  it('deleting five things in a row leaves the three newest toasts, and an error stays', async () => {
    let n = 0;
    function DeleteButtons() {
      const { toast } = useToast();
      return (
        <>
          <button onClick={() => toast({ title: `Deleted “Definition ${++n}”`, tone: 'success' })}>
            Delete next
          </button>
          <button onClick={() => toast({ title: 'Not deleted', tone: 'error' })}>Fail</button>
        </>
      );
    }
    render(
      <ToastProvider>
        <DeleteButtons />
      </ToastProvider>,
    );
    const next = screen.getByRole('button', { name: 'Delete next' });
    for (let i = 0; i < 5; i++) await userEvent.click(next);
    await screen.findByText('Deleted “Definition 5”');
    await waitFor(() => expect(screen.getAllByText(/^Deleted “Definition/)).toHaveLength(3));
    expect(screen.queryByText('Deleted “Definition 2”')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Fail' }));
    for (let i = 0; i < 3; i++) await userEvent.click(next);
    await screen.findByText('Deleted “Definition 8”');
    await waitFor(() => expect(screen.getAllByText(/^Deleted “Definition/)).toHaveLength(2));
    expect(screen.getByText('Not deleted')).toBeInTheDocument();
  });

  it('a toast with the same title replaces the one on screen', async () => {
    render(
      <ToastProvider>
        <SaveButton />
      </ToastProvider>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    await userEvent.click(save);
    await screen.findByText('Goal saved');
    await waitFor(() => expect(screen.getAllByText('Goal saved')).toHaveLength(1));
  });
  it('a toast dismissed after the control the user came from is gone gives focus to main', async () => {
    let removeNotify = () => {};
    function Page() {
      const { toast } = useToast();
      const [shown, setShown] = useState(true);
      removeNotify = () => setShown(false);
      return (
        <main tabIndex={-1}>
          {shown && <button onClick={() => toast({ title: 'Goal saved' })}>Notify</button>}
        </main>
      );
    }
    render(
      <ToastProvider>
        <Page />
      </ToastProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Notify' }));
    const toast = (await screen.findByText('Goal saved')).closest('li');
    await userEvent.tab();
    await waitFor(() => expect(toast).toHaveFocus());
    act(() => removeNotify());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });
});
