import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSaveShortcut, type SaveShortcutActions } from './useSaveShortcut.ts';

afterEach(cleanup);

/**
 * The app's navigation, and the targets page: its heading and a search box, the workspace (grid
 * and toolbar), a dialog.
 */
function Harness({
  actions,
  dialog = false,
}: {
  actions: SaveShortcutActions | null;
  dialog?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useSaveShortcut(ref, actions);
  return (
    <>
      <nav aria-label="Main">
        <a href="/targets">Targets</a>
      </nav>
      <main tabIndex={-1}>
        <h1>Targets</h1>
        <input type="search" aria-label="Search" />
        <div ref={ref}>
          <div role="grid" aria-label="Targets">
            <input aria-label="Ella Sand, January" onKeyDown={(e) => e.stopPropagation()} />
          </div>
          <button type="button">Row actions</button>
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

const spies = (canSave: boolean) => ({
  canSave: () => canSave,
  save: vi.fn(),
  nothingToSave: vi.fn(),
  refocus: vi.fn(),
});

const ctrlS = { key: 's', ctrlKey: true };

describe('useSaveShortcut', () => {
  it('saves on Ctrl+S from the cell editor (which keeps its keys) and keeps the browser out', () => {
    const act = spies(true);
    render(<Harness actions={act} />);
    const editor = screen.getByRole('textbox', { name: 'Ella Sand, January' });
    editor.focus();
    const notPrevented = fireEvent.keyDown(editor, ctrlS);
    expect(notPrevented).toBe(false);
    expect(act.save).toHaveBeenCalledTimes(1);
    expect(act.refocus).toHaveBeenCalledTimes(1);
    expect(editor).not.toHaveFocus();
  });

  it('saves on Ctrl+S from the page itself: the body, the page or its heading', () => {
    const act = spies(true);
    render(<Harness actions={act} />);
    expect(fireEvent.keyDown(document.body, ctrlS)).toBe(false);
    fireEvent.keyDown(screen.getByRole('main'), ctrlS);
    fireEvent.keyDown(screen.getByRole('heading', { name: 'Targets' }), ctrlS);
    expect(act.save).toHaveBeenCalledTimes(3);
    expect(act.refocus).not.toHaveBeenCalled();
  });

  it('saves on Ctrl+S from the app’s navigation too: "Save page as" never opens', () => {
    const act = spies(true);
    render(<Harness actions={act} />);
    expect(fireEvent.keyDown(screen.getByRole('link', { name: 'Targets' }), ctrlS)).toBe(false);
    expect(act.save).toHaveBeenCalledTimes(1);
  });

  it('leaves Ctrl+S to another text field and to a dialog', () => {
    const act = spies(true);
    render(<Harness actions={act} dialog />);
    expect(fireEvent.keyDown(screen.getByRole('searchbox', { name: 'Search' }), ctrlS)).toBe(true);
    expect(fireEvent.keyDown(screen.getByRole('textbox', { name: 'Amount' }), ctrlS)).toBe(true);
    expect(act.save).not.toHaveBeenCalled();
    expect(act.nothingToSave).not.toHaveBeenCalled();
  });

  it('says there is nothing to save, and leaves other keys alone, and Ctrl+S without actions', () => {
    const act = spies(false);
    const { rerender } = render(<Harness actions={act} />);
    const button = screen.getByRole('button', { name: 'Row actions' });
    fireEvent.keyDown(button, ctrlS);
    fireEvent.keyDown(document.body, ctrlS);
    expect(act.nothingToSave).toHaveBeenCalledTimes(2);
    expect(act.save).not.toHaveBeenCalled();
    expect(fireEvent.keyDown(button, { key: 'p', ctrlKey: true })).toBe(true);
    rerender(<Harness actions={null} />);
    expect(fireEvent.keyDown(button, ctrlS)).toBe(true);
    expect(fireEvent.keyDown(document.body, ctrlS)).toBe(true);
  });

  it('keeps "Save page as" from a read-only user too, from the grid and the page, and says why', () => {
    // A viewer: nothing can ever be saved, and nothingToSave says the read-only reason.
    const act = spies(false);
    render(<Harness actions={act} />);
    const grid = screen.getByRole('grid', { name: 'Targets' });
    expect(fireEvent.keyDown(grid, ctrlS)).toBe(false);
    expect(fireEvent.keyDown(screen.getByRole('heading', { name: 'Targets' }), ctrlS)).toBe(false);
    expect(fireEvent.keyDown(document.body, ctrlS)).toBe(false);
    expect(act.nothingToSave).toHaveBeenCalledTimes(3);
    expect(act.save).not.toHaveBeenCalled();
  });
});
