import { fireEvent, render, screen } from '@testing-library/react';
import { createPortal } from 'react-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as announcer from '../../ui/announcer.ts';
import { submitOnSaveShortcut } from './submitOnSaveShortcut.ts';

afterEach(() => vi.restoreAllMocks());

function Editor(props: { save?: 'on' | 'off' | 'busy' | 'none'; onSubmit: () => void }) {
  const { save = 'on', onSubmit } = props;
  return (
    <form
      aria-label="Goal"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      onKeyDown={(e) => submitOnSaveShortcut(e, 'goal')}
    >
      <input aria-label="Value" />
      <button type="button">Add group</button>
      {save !== 'none' && (
        <button type="submit" disabled={save !== 'on'} aria-busy={save === 'busy' || undefined}>
          Save
        </button>
      )}
      {createPortal(<input aria-label="In a menu" />, document.body)}
    </form>
  );
}

const ctrlS = { key: 's', ctrlKey: true };

describe('submitOnSaveShortcut', () => {
  it('saves on Ctrl+S from a field, and keeps the browser out', () => {
    const onSubmit = vi.fn();
    render(<Editor onSubmit={onSubmit} />);
    expect(fireEvent.keyDown(screen.getByRole('textbox', { name: 'Value' }), ctrlS)).toBe(false);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Add group' }), {
      key: 'S',
      metaKey: true,
    });
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('says why nothing is saved while Save is off', () => {
    const said = vi.spyOn(announcer, 'announce');
    const onSubmit = vi.fn();
    const { rerender } = render(<Editor save="off" onSubmit={onSubmit} />);
    const field = screen.getByRole('textbox', { name: 'Value' });
    expect(fireEvent.keyDown(field, ctrlS)).toBe(false);
    expect(said).toHaveBeenLastCalledWith('There are no unsaved changes to save.');
    rerender(<Editor save="busy" onSubmit={onSubmit} />);
    fireEvent.keyDown(field, ctrlS);
    expect(said).toHaveBeenLastCalledWith('The goal is being saved.');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('leaves other keys, read-only forms and portaled content alone', () => {
    const onSubmit = vi.fn();
    const { rerender } = render(<Editor onSubmit={onSubmit} />);
    const field = screen.getByRole('textbox', { name: 'Value' });
    expect(fireEvent.keyDown(field, { key: 's' })).toBe(true);
    expect(fireEvent.keyDown(field, { ...ctrlS, shiftKey: true })).toBe(true);
    expect(fireEvent.keyDown(screen.getByRole('textbox', { name: 'In a menu' }), ctrlS)).toBe(true);
    rerender(<Editor save="none" onSubmit={onSubmit} />);
    expect(fireEvent.keyDown(field, ctrlS)).toBe(true);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
