import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
});
