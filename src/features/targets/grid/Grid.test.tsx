import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GridHarness, newSpy } from './testing/GridHarness.tsx';

// jsdom has no layout: give the scroll container a viewport so the virtualiser renders rows.
const sizes = { clientWidth: 1200, clientHeight: 600 };
const saved = Object.keys(sizes).map(
  (k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const,
);
beforeAll(() => {
  for (const [k, v] of Object.entries(sizes))
    Object.defineProperty(HTMLElement.prototype, k, { configurable: true, get: () => v });
});
afterEach(cleanup);
afterAll(() => {
  for (const [k, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, k, d);
});

const cell = (row: number, col: number) =>
  document.querySelector<HTMLElement>(`[data-r="${row}"][data-c="${col}"]`)!;
const focused = () => document.activeElement as HTMLElement;
const pos = () => [Number(focused().dataset.r), Number(focused().dataset.c)];

describe('TargetGrid', () => {
  it('exposes an ARIA grid with counts and indices that hold under virtualisation', () => {
    render(<GridHarness rows={1000} />);
    const grid = screen.getByRole('grid', { name: 'Targets' });
    expect(grid).toHaveAttribute('aria-rowcount', '1002');
    expect(grid).toHaveAttribute('aria-colcount', '14');
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeLessThan(40);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '1');
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
    expect(rows.at(-1)).toHaveAttribute('aria-rowindex', '1002');
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('User 1');
    const cells = within(rows[1]).getAllByRole('gridcell');
    expect(cells[0]).toHaveAttribute('aria-colindex', '2');
    // One tab stop.
    expect(grid.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('moves focus with arrows, Home/End and Ctrl+End, rendering far rows on demand', () => {
    render(<GridHarness rows={1000} />);
    cell(0, 0).focus();
    fireEvent.mouseDown(cell(0, 0));
    fireEvent.keyDown(focused(), { key: 'ArrowDown' });
    expect(pos()).toEqual([1, 0]);
    fireEvent.keyDown(focused(), { key: 'ArrowRight' });
    expect(pos()).toEqual([1, 1]);
    fireEvent.keyDown(focused(), { key: 'Home' });
    expect(pos()).toEqual([1, -1]);
    expect(focused()).toHaveAttribute('role', 'rowheader');
    // Ctrl+End: the last cell of the last row, the footer's grand total (it stopped at row 999).
    fireEvent.keyDown(focused(), { key: 'End', ctrlKey: true });
    expect(pos()).toEqual([1000, 12]);
    expect(focused().closest('[role="row"]')).toHaveAttribute('aria-rowindex', '1002');
    expect(focused()).toHaveAttribute('aria-readonly', 'true');
    fireEvent.keyDown(focused(), { key: 'ArrowUp' });
    expect(pos()).toEqual([999, 12]);
    expect(focused().closest('[role="row"]')).toHaveAttribute('aria-rowindex', '1001');
    fireEvent.keyDown(focused(), { key: 'Home', ctrlKey: true });
    expect(pos()).toEqual([0, -1]);
  });

  it('types a digit to edit, commits with Enter and moves down; Escape cancels', () => {
    render(<GridHarness rows={50} />);
    fireEvent.mouseDown(cell(2, 3));
    cell(2, 3).focus();
    fireEvent.keyDown(focused(), { key: '7' });
    const input = screen.getByRole('textbox', { name: 'User 3, Apr' });
    expect(input).toHaveValue('7');
    fireEvent.change(input, { target: { value: '750.5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(cell(2, 3)).toHaveTextContent(/^750\.50$/);
    expect(cell(2, 3)).toHaveAttribute('aria-describedby');
    expect(pos()).toEqual([3, 3]);
    fireEvent.keyDown(focused(), { key: 'F2' });
    const again = screen.getByRole('textbox');
    fireEvent.change(again, { target: { value: '1' } });
    fireEvent.keyDown(again, { key: 'Escape' });
    expect(cell(3, 3)).toHaveTextContent('33');
    expect(pos()).toEqual([3, 3]);
  });

  it('keeps the editor open with a message when the value is not a number', () => {
    render(<GridHarness rows={10} />);
    fireEvent.mouseDown(cell(0, 0));
    cell(0, 0).focus();
    fireEvent.keyDown(focused(), { key: 'Enter' });
    const input = screen.getByRole('textbox');
    fireEvent.change(input, { target: { value: 'abc' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByRole('alert')).toHaveTextContent('"abc" is not a number');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('refuses edits on locked rows and marks them read-only', () => {
    const spy = newSpy();
    render(<GridHarness rows={10} lockEvery={2} spy={spy} />);
    expect(cell(1, 0)).toHaveAttribute('aria-readonly', 'true');
    expect(cell(0, 0)).not.toHaveAttribute('aria-readonly');
    fireEvent.mouseDown(cell(1, 0));
    cell(1, 0).focus();
    fireEvent.keyDown(focused(), { key: '5' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(spy.readOnly).toEqual([1]);
  });

  it('makes a clicked footer total the active cell and refuses edits there, one tab stop', () => {
    const spy = newSpy();
    render(<GridHarness rows={10} spy={spy} />);
    fireEvent.mouseDown(cell(10, 3));
    expect(pos()).toEqual([10, 3]);
    expect(screen.getByRole('grid').querySelectorAll('[tabindex="0"]')).toHaveLength(1);
    for (const key of ['5', 'Enter', 'F2', 'Delete']) fireEvent.keyDown(focused(), { key });
    fireEvent.paste(focused(), { clipboardData: { getData: () => '777' } });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(spy.readOnly).toEqual([10, 10, 10, 10, 10]);
    expect(spy.cleared).toEqual([]);
    expect(spy.pasted).toEqual([]);
    // A selection from a row into the footer clears the row only.
    fireEvent.keyDown(focused(), { key: 'ArrowUp', shiftKey: true });
    fireEvent.keyDown(focused(), { key: 'Delete' });
    expect(spy.cleared).toEqual([{ top: 9, bottom: 9, left: 3, right: 3 }]);
  });

  it('says how to change a year total on Enter or F2 there, and opens no editor', () => {
    const spy = newSpy();
    render(<GridHarness rows={10} spy={spy} />);
    fireEvent.mouseDown(cell(2, 0));
    cell(2, 0).focus();
    fireEvent.keyDown(focused(), { key: 'End' });
    expect(pos()).toEqual([2, 12]);
    fireEvent.keyDown(focused(), { key: 'Enter' });
    fireEvent.keyDown(focused(), { key: 'F2' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(spy.readOnly).toEqual([2, 2]);
  });

  it('says where values go when a digit is typed on a row name, and opens no editor', () => {
    const spy = newSpy();
    render(<GridHarness rows={10} spy={spy} />);
    fireEvent.mouseDown(cell(3, 0));
    cell(3, 0).focus();
    fireEvent.keyDown(focused(), { key: 'Home' });
    expect(pos()).toEqual([3, -1]);
    fireEvent.keyDown(focused(), { key: '7' });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(spy.readOnly).toEqual([3]);
    expect(pos()).toEqual([3, -1]);
  });

  it('selects a range with Shift+arrows, copies it, clears it, pastes at the active cell', () => {
    const spy = newSpy();
    render(<GridHarness rows={10} spy={spy} />);
    fireEvent.mouseDown(cell(1, 1));
    cell(1, 1).focus();
    fireEvent.keyDown(focused(), { key: 'ArrowDown', shiftKey: true });
    fireEvent.keyDown(focused(), { key: 'ArrowRight', shiftKey: true });
    expect(cell(2, 2)).toHaveAttribute('aria-selected', 'true');
    expect(cell(3, 2)).toHaveAttribute('aria-selected', 'false');
    const data = new Map<string, string>();
    const clipboardData = {
      setData: (t: string, v: string) => data.set(t, v),
      getData: (t: string) => data.get(t) ?? '',
    };
    fireEvent.copy(focused(), { clipboardData });
    expect(data.get('text/plain')).toBe('1:1-2:2');
    fireEvent.keyDown(focused(), { key: 'Delete' });
    expect(spy.cleared).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    data.set('text/plain', '1\t2');
    fireEvent.paste(focused(), { clipboardData });
    expect(spy.pasted).toEqual([{ at: { top: 1, left: 1, bottom: 2, right: 2 }, text: '1\t2' }]);
    fireEvent.keyDown(focused(), { key: 'z', ctrlKey: true });
    fireEvent.keyDown(focused(), { key: 'z', ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(focused(), { key: 'y', ctrlKey: true });
    expect([spy.undo, spy.redo]).toEqual([1, 2]);
  });

  it('selects with a mouse drag and opens the row menu from the keyboard', () => {
    const spy = newSpy();
    render(<GridHarness rows={10} spy={spy} />);
    fireEvent.mouseDown(cell(0, 0));
    fireEvent.mouseOver(cell(2, 1));
    fireEvent.mouseUp(window);
    fireEvent.mouseOver(cell(4, 4));
    expect(cell(2, 1)).toHaveAttribute('aria-selected', 'true');
    expect(cell(4, 4)).toHaveAttribute('aria-selected', 'false');
    act(() => cell(0, 0).focus());
    fireEvent.keyDown(focused(), { key: 'F10', shiftKey: true });
    expect(spy.menus).toEqual([0]);
  });
});
