import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useReturnFocus } from './useReturnFocus.ts';

function button(name: string) {
  const b = document.createElement('button');
  b.textContent = name;
  document.body.append(b);
  return b;
}

afterEach(() => document.body.replaceChildren());

describe('useReturnFocus', () => {
  it('gives focus back to what had it when the dialog opened', () => {
    const opener = button('Open');
    opener.focus();
    const { result, rerender } = renderHook(({ open }) => useReturnFocus(open, true), {
      initialProps: { open: false },
    });
    rerender({ open: true });
    opener.blur(); // the dialog took focus, and is gone: focus is on <body>
    const event = new Event('focusout', { cancelable: true });
    result.current(event);
    expect(event.defaultPrevented).toBe(true);
    expect(opener).toHaveFocus();
  });

  it('leaves focus where the app put it while the dialog closed', () => {
    const opener = button('Open');
    const grid = button('Grid');
    opener.focus();
    const { result, rerender } = renderHook(({ open }) => useReturnFocus(open, true), {
      initialProps: { open: false },
    });
    rerender({ open: true });
    grid.focus(); // e.g. the targets grid after an import is applied
    const event = new Event('focusout', { cancelable: true });
    result.current(event);
    expect(event.defaultPrevented).toBe(true); // nor does Radix move it
    expect(grid).toHaveFocus();
  });

  it('does nothing for a dialog with a trigger (Radix returns focus to it)', () => {
    const { result } = renderHook(() => useReturnFocus(true, false));
    const event = new Event('focusout', { cancelable: true });
    result.current(event);
    expect(event.defaultPrevented).toBe(false);
    // Nor while focus is still inside the closing dialog.
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'alertdialog');
    document.body.append(dialog);
    const cancel = document.createElement('button');
    dialog.append(cancel);
    cancel.focus();
    const inside = new Event('focusout', { cancelable: true });
    result.current(inside);
    expect(inside.defaultPrevented).toBe(false);
  });

  it('with a trigger, leaves focus where the app put it (the trigger may be gone)', () => {
    const main = button('Main');
    const { result } = renderHook(() => useReturnFocus(true, false));
    main.focus(); // e.g. the next page's content after a confirmed delete
    const event = new Event('focusout', { cancelable: true });
    result.current(event);
    expect(event.defaultPrevented).toBe(true);
    expect(main).toHaveFocus();
  });
});
