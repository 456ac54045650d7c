import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUndoShortcuts, type UndoActions } from './useUndoShortcuts.ts';

function Toolbar({ actions }: { actions: UndoActions | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useUndoShortcuts(ref, actions, () => {});
  return (
    <div role="toolbar" aria-label="Targets" ref={ref}>
      <button type="button">Row actions</button>
      <input aria-label="Note" />
    </div>
  );
}

afterEach(cleanup);

describe('useUndoShortcuts', () => {
  it('undoes with Ctrl+Z and redoes with Ctrl+Y or Ctrl+Shift+Z on the toolbar’s buttons', () => {
    const actions = { undo: vi.fn(), redo: vi.fn() };
    render(<Toolbar actions={actions} />);
    const button = screen.getByRole('button', { name: 'Row actions' });
    fireEvent.keyDown(button, { key: 'z', ctrlKey: true });
    expect(actions.undo).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(button, { key: 'y', ctrlKey: true });
    fireEvent.keyDown(button, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(actions.redo).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(button, { key: 'z' });
    expect(actions.undo).toHaveBeenCalledTimes(1);
  });

  it('leaves a text field its own undo, and does nothing for a user who may not edit', () => {
    const actions = { undo: vi.fn(), redo: vi.fn() };
    const { rerender } = render(<Toolbar actions={actions} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), { key: 'z', ctrlKey: true });
    expect(actions.undo).not.toHaveBeenCalled();
    rerender(<Toolbar actions={null} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Row actions' }), {
      key: 'z',
      ctrlKey: true,
    });
    expect(actions.undo).not.toHaveBeenCalled();
  });
});
