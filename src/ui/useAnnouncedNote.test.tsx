import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { subscribeAnnouncements } from './announcer.ts';
import { Field } from './Field.tsx';
import { TextInput } from './TextInput.tsx';
import { noteSettleMs } from './useAnnouncedNote.ts';

function Form({ note }: { note?: string }) {
  return (
    <>
      <Field label="Owner" note={note}>
        <TextInput />
      </Field>
      <button type="button">Save</button>
      <div role="listbox" aria-label="Choices">
        <div role="option" aria-selected="false" tabIndex={-1}>
          Form data
        </div>
      </div>
    </>
  );
}

describe('useAnnouncedNote', () => {
  const said: string[] = [];
  let unsubscribe = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    said.length = 0;
    unsubscribe = subscribeAnnouncements((message) => said.push(message));
  });
  afterEach(() => {
    unsubscribe();
    vi.useRealTimers();
  });

  it('says a note that appears while the user types in the field, once typing pauses', () => {
    const { rerender } = render(<Form />);
    act(() => screen.getByRole('textbox', { name: 'Owner' }).focus());
    rerender(<Form note="No user is called Ann." />);
    expect(said).toEqual([]);
    act(() => vi.advanceTimersByTime(noteSettleMs));
    expect(said).toEqual(['No user is called Ann.']);
  });

  it('says nothing when the focus has left the field by the time the note would be said', () => {
    const { rerender } = render(<Form />);
    act(() => screen.getByRole('textbox', { name: 'Owner' }).focus());
    rerender(<Form note="No user is called Ann." />);
    // The user tabs on before the pause is over: the note is read with the field when they return.
    act(() => screen.getByRole('button', { name: 'Save' }).focus());
    act(() => vi.advanceTimersByTime(noteSettleMs));
    expect(said).toEqual([]);
  });

  it('says a note a choice brings while the focus is on its way back to the field', () => {
    const { rerender } = render(<Form />);
    // The choice is made in a list shown outside the field: the note appears with the focus there.
    act(() => screen.getByRole('option', { name: 'Form data' }).focus());
    rerender(<Form note="This path is for “Form data”." />);
    act(() => screen.getByRole('textbox', { name: 'Owner' }).focus());
    act(() => vi.advanceTimersByTime(noteSettleMs));
    expect(said).toEqual(['This path is for “Form data”.']);
  });

  it('says nothing for a note that appeared while the focus was nowhere, if it stays elsewhere', () => {
    const { rerender } = render(<Form />);
    rerender(<Form note="No user is called Ann." />);
    act(() => screen.getByRole('button', { name: 'Save' }).focus());
    act(() => vi.advanceTimersByTime(noteSettleMs));
    expect(said).toEqual([]);
  });
});
