import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSaveShortcut, type SaveShortcutActions } from './useSaveShortcut.ts';

afterEach(cleanup);

function Harness({ actions }: { actions: SaveShortcutActions | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useSaveShortcut(ref, actions);
  return (
    <div ref={ref}>
      <div role="grid" aria-label="Targets">
        <input aria-label="Ella Sand, January" onKeyDown={(e) => e.stopPropagation()} />
      </div>
      <button type="button">Row actions</button>
    </div>
  );
}

const spies = (canSave: boolean) => ({
  canSave: () => canSave,
  save: vi.fn(),
  nothingToSave: vi.fn(),
  refocus: vi.fn(),
});

describe('useSaveShortcut', () => {
  it('saves on Ctrl+S from the cell editor (which keeps its keys) and keeps the browser out', () => {
    const act = spies(true);
    render(<Harness actions={act} />);
    const editor = screen.getByRole('textbox', { name: 'Ella Sand, January' });
    editor.focus();
    const notPrevented = fireEvent.keyDown(editor, { key: 's', ctrlKey: true });
    expect(notPrevented).toBe(false);
    expect(act.save).toHaveBeenCalledTimes(1);
    expect(act.refocus).toHaveBeenCalledTimes(1);
    expect(editor).not.toHaveFocus();
  });

  it('says there is nothing to save, and leaves other keys and read-only pages alone', () => {
    const act = spies(false);
    const { rerender } = render(<Harness actions={act} />);
    const button = screen.getByRole('button', { name: 'Row actions' });
    fireEvent.keyDown(button, { key: 's', ctrlKey: true });
    expect(act.nothingToSave).toHaveBeenCalledTimes(1);
    expect(act.save).not.toHaveBeenCalled();
    expect(fireEvent.keyDown(button, { key: 'p', ctrlKey: true })).toBe(true);
    rerender(<Harness actions={null} />);
    expect(fireEvent.keyDown(button, { key: 's', ctrlKey: true })).toBe(true);
  });
});
