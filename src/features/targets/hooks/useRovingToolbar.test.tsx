import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { toolbarKeyTarget, useRovingToolbar } from './useRovingToolbar.ts';

function Toolbar({ undoOff = false, withRedo = true }: { undoOff?: boolean; withRedo?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useRovingToolbar(ref);
  return (
    <>
      <button type="button">Before</button>
      <div role="toolbar" aria-label="Targets" ref={ref}>
        <button type="button" disabled={undoOff}>
          Undo
        </button>
        {withRedo && <button type="button">Redo</button>}
        <button type="button" disabled>
          Discard
        </button>
        <label>
          Import CSV
          <input type="file" />
        </label>
        <button type="button">Save</button>
      </div>
    </>
  );
}

const button = (name: string) => screen.getByRole('button', { name });
const tabStops = () =>
  [...document.querySelectorAll<HTMLElement>('[role="toolbar"] button, [role="toolbar"] input')]
    .filter((el) => el.tabIndex === 0)
    .map((el) => el.textContent || el.getAttribute('type'));
const key = (k: string) => fireEvent.keyDown(document.activeElement!, { key: k });

afterEach(cleanup);

describe('toolbarKeyTarget', () => {
  it('moves with Left/Right (wrapping), Home and End; other keys are not its own', () => {
    expect(toolbarKeyTarget('ArrowRight', 0, 3)).toBe(1);
    expect(toolbarKeyTarget('ArrowRight', 2, 3)).toBe(0);
    expect(toolbarKeyTarget('ArrowLeft', 0, 3)).toBe(2);
    expect(toolbarKeyTarget('Home', 2, 3)).toBe(0);
    expect(toolbarKeyTarget('End', 0, 3)).toBe(2);
    expect(toolbarKeyTarget('ArrowDown', 0, 3)).toBeNull();
    expect(toolbarKeyTarget('ArrowRight', 0, 0)).toBeNull();
  });
});

describe('useRovingToolbar', () => {
  it('makes the toolbar one Tab stop, its first enabled control', () => {
    render(<Toolbar />);
    expect(tabStops()).toEqual(['Undo']);
  });

  it('moves between enabled controls with the arrow keys, Home and End, skipping disabled ones', () => {
    render(<Toolbar />);
    act(() => button('Undo').focus());
    key('ArrowRight');
    expect(document.activeElement).toBe(button('Redo'));
    key('ArrowRight'); // Discard is disabled: skipped
    expect(document.activeElement).toBe(screen.getByLabelText('Import CSV'));
    key('ArrowRight');
    expect(document.activeElement).toBe(button('Save'));
    key('ArrowRight');
    expect(document.activeElement).toBe(button('Undo'));
    key('ArrowLeft');
    expect(document.activeElement).toBe(button('Save'));
    key('Home');
    expect(document.activeElement).toBe(button('Undo'));
    key('End');
    expect(document.activeElement).toBe(button('Save'));
  });

  it('remembers the control last focused as the Tab stop', () => {
    render(<Toolbar />);
    act(() => button('Undo').focus());
    key('ArrowRight');
    act(() => button('Before').focus());
    expect(tabStops()).toEqual(['Redo']);
  });

  it('moves the Tab stop on when its control turns off or goes away', async () => {
    const { rerender } = render(<Toolbar />);
    act(() => button('Undo').focus());
    rerender(<Toolbar undoOff />);
    await act(() => Promise.resolve()); // the MutationObserver's callback
    expect(tabStops()).toEqual(['Redo']);
    expect(button('Undo').tabIndex).toBe(-1);
    rerender(<Toolbar undoOff withRedo={false} />);
    await act(() => Promise.resolve());
    expect(tabStops()).toEqual(['file']);
    // Turned on again, Undo (the control last used) is the Tab stop again, and the only one.
    rerender(<Toolbar withRedo={false} />);
    await act(() => Promise.resolve());
    expect(tabStops()).toEqual(['Undo']);
  });

  it('before any control was used, the first enabled one is the Tab stop', async () => {
    const { rerender } = render(<Toolbar undoOff />);
    expect(tabStops()).toEqual(['Redo']);
    rerender(<Toolbar />);
    await act(() => Promise.resolve());
    expect(tabStops()).toEqual(['Undo']);
  });
});
