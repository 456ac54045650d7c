import { describe, expect, it } from 'vitest';
import { keyIntent } from './keys.ts';

const press = (key: string, mods: Partial<Record<'ctrl' | 'shift' | 'alt', boolean>> = {}) =>
  keyIntent({
    key,
    ctrlKey: mods.ctrl ?? false,
    metaKey: false,
    shiftKey: mods.shift ?? false,
    altKey: mods.alt ?? false,
  });

describe('keyIntent', () => {
  it('starts editing on what a number can start with, an accountant’s "(200)" and "€ 5" too', () => {
    for (const key of ['7', '-', '−', '+', '.', ',', '(', '€', '$', '£'])
      expect(press(key)).toEqual({ kind: 'type', text: key });
    for (const key of ['a', ')', '%', '/']) expect(press(key)).toEqual({ kind: 'none' });
  });

  it('keeps Space for the grid: it scrolled the grid a page away from the active cell', () => {
    expect(press(' ')).toEqual({ kind: 'space' });
  });

  it('moves, tabs, edits, clears and undoes', () => {
    expect(press('ArrowDown', { shift: true })).toEqual({
      kind: 'move',
      key: 'ArrowDown',
      ctrl: false,
      extend: true,
    });
    expect(press('Tab', { shift: true })).toEqual({ kind: 'tab', back: true });
    expect(press('F2')).toEqual({ kind: 'edit' });
    expect(press('Delete')).toEqual({ kind: 'clear' });
    expect(press('z', { ctrl: true })).toEqual({ kind: 'undo' });
    expect(press('Z', { ctrl: true, shift: true })).toEqual({ kind: 'redo' });
  });
});
