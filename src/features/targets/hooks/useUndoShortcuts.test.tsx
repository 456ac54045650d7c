import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useUndoShortcuts, type UndoActions } from './useUndoShortcuts.ts';

/**
 * The app's navigation, and the targets page: its heading and picker, the workspace (toolbar and
 * grid), and a dialog.
 */
function Page({ actions, dialog = false }: { actions: UndoActions | null; dialog?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useUndoShortcuts(ref, actions, () => {});
  return (
    <>
      <nav aria-label="Main">
        <a href="/targets">Targets</a>
        <button type="button">Sign out</button>
      </nav>
      <main tabIndex={-1}>
        <h1>Targets</h1>
        <select aria-label="Year">
          <option>2027</option>
        </select>
        <div ref={ref}>
          <div role="toolbar" aria-label="Targets">
            <button type="button">Row actions</button>
            <input aria-label="Note" />
          </div>
          <div role="grid" aria-label="Targets 2027" tabIndex={0} />
        </div>
        {dialog && (
          <div role="dialog" aria-label="Set amount">
            <input aria-label="Amount" />
          </div>
        )}
      </main>
    </>
  );
}

const ctrl = (key: string, shiftKey = false) => ({ key, ctrlKey: true, shiftKey });

afterEach(cleanup);

describe('useUndoShortcuts', () => {
  it('undoes with Ctrl+Z and redoes with Ctrl+Y or Ctrl+Shift+Z on the toolbar’s buttons', () => {
    const actions = { undo: vi.fn(), redo: vi.fn() };
    render(<Page actions={actions} />);
    const button = screen.getByRole('button', { name: 'Row actions' });
    fireEvent.keyDown(button, ctrl('z'));
    expect(actions.undo).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(button, ctrl('y'));
    fireEvent.keyDown(button, ctrl('Z', true));
    expect(actions.redo).toHaveBeenCalledTimes(2);
    fireEvent.keyDown(button, { key: 'z' });
    expect(actions.undo).toHaveBeenCalledTimes(1);
  });

  it('undoes and redoes from the page itself: the body, the page or its heading', () => {
    const actions = { undo: vi.fn(), redo: vi.fn() };
    render(<Page actions={actions} />);
    expect(fireEvent.keyDown(document.body, ctrl('z'))).toBe(false);
    fireEvent.keyDown(screen.getByRole('main'), ctrl('z'));
    fireEvent.keyDown(screen.getByRole('heading', { name: 'Targets' }), ctrl('y'));
    expect(actions.undo).toHaveBeenCalledTimes(2);
    expect(actions.redo).toHaveBeenCalledTimes(1);
  });

  it('leaves the app’s navigation alone: its links and buttons are not the page', () => {
    const actions = { undo: vi.fn(), redo: vi.fn() };
    render(<Page actions={actions} />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    const link = within(nav).getByRole('link', { name: 'Targets' });
    expect(fireEvent.keyDown(link, ctrl('z'))).toBe(true);
    fireEvent.keyDown(link, ctrl('y'));
    fireEvent.keyDown(within(nav).getByRole('button', { name: 'Sign out' }), ctrl('z'));
    expect(actions.undo).not.toHaveBeenCalled();
    expect(actions.redo).not.toHaveBeenCalled();
  });

  it('leaves the grid its own keys, and a text field, a picker or a dialog theirs', () => {
    const actions = { undo: vi.fn(), redo: vi.fn() };
    render(<Page actions={actions} dialog />);
    fireEvent.keyDown(screen.getByRole('grid'), ctrl('z'));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note' }), ctrl('z'));
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Year' }), ctrl('z'));
    expect(fireEvent.keyDown(screen.getByRole('textbox', { name: 'Amount' }), ctrl('z'))).toBe(
      true,
    );
    // While the dialog is open, not from the page behind it either.
    fireEvent.keyDown(document.body, ctrl('z'));
    expect(actions.undo).not.toHaveBeenCalled();
  });

  it('does nothing for a user who may not edit, nor once the workspace is gone', () => {
    const actions = { undo: vi.fn(), redo: vi.fn() };
    const { rerender, unmount } = render(<Page actions={null} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Row actions' }), ctrl('z'));
    rerender(<Page actions={actions} />);
    unmount();
    expect(fireEvent.keyDown(document.body, ctrl('z'))).toBe(true);
    expect(actions.undo).not.toHaveBeenCalled();
  });
});
