import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { Dialog } from './Dialog.tsx';

// fireEvent returns false when the default action (here: the browser's "Save page as") was stopped.
describe('Ctrl+S in a dialog', () => {
  it('does not reach the browser from a dialog field', () => {
    render(
      <Dialog open title="Set yearly amount">
        <input aria-label="Yearly amount" />
      </Dialog>,
    );
    const field = screen.getByRole('textbox', { name: 'Yearly amount' });
    expect(fireEvent.keyDown(field, { key: 's', ctrlKey: true })).toBe(false);
    expect(fireEvent.keyDown(field, { key: 's', metaKey: true })).toBe(false);
    // Other keys, and Ctrl+Shift+S, are left alone.
    expect(fireEvent.keyDown(field, { key: 's' })).toBe(true);
    expect(fireEvent.keyDown(field, { key: 's', ctrlKey: true, shiftKey: true })).toBe(true);
  });

  it('does not reach the browser from a confirmation', () => {
    render(
      <ConfirmDialog
        open
        title="Delete goal?"
        message="Sure?"
        confirmLabel="Delete"
        onConfirm={() => {}}
      />,
    );
    const button = screen.getByRole('button', { name: 'Delete' });
    expect(fireEvent.keyDown(button, { key: 's', ctrlKey: true })).toBe(false);
  });
});
