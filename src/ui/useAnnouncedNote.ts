import { useEffect, useRef, type RefObject } from 'react';
import { announce } from './announcer.ts';

/**
 * How long a note must stay the same before it is said: typing "12" shows and drops a note per
 * key, and only the one left when typing pauses is worth hearing.
 */
export const noteSettleMs = 700;

/**
 * Whether the focus is on its way back to a field, as after a choice in a select: the note the
 * choice brings appears while the focus is still on the choice, in a list shown outside the
 * field, or nowhere as that list goes. Whether the user is in the field is then known when the
 * note is about to be said.
 */
const focusInPassing = () => {
  const active = document.activeElement;
  return active === null || active === document.body || active.closest('[role="listbox"]') !== null;
};

/**
 * Says a field's note through the app's live announcer when it appears or changes as the user
 * edits: a note under a field is only in the field's description, which a screen reader reads
 * when focus arrives, not when the note shows up while typing (WCAG 4.1.3). Only while the focus
 * is in the field, when the note appears and again when it is said: a note already there when
 * the field first shows, brought by data loading while the user is elsewhere, or left behind by
 * a user who moved on before the pause, is read with the field when they come to it, as an
 * error is.
 * `fieldRef` is the field (label, control, note); `noteRef` the note, whose text is what is said.
 */
export function useAnnouncedNote(
  fieldRef: RefObject<HTMLElement | null>,
  noteRef: RefObject<HTMLElement | null>,
): void {
  const said = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // After every render: the note's words, not the React node, say whether it changed.
  useEffect(() => {
    const text = noteRef.current?.textContent?.trim() ?? '';
    if (text === said.current) return;
    said.current = text;
    clearTimeout(timer.current);
    const editing = () => fieldRef.current?.contains(document.activeElement) ?? false;
    if (!text || !(editing() || focusInPassing())) return;
    // Checked again when it is said: a user who moved on meanwhile hears it with the field later.
    timer.current = setTimeout(() => {
      if (editing()) announce(text);
    }, noteSettleMs);
  });
}
