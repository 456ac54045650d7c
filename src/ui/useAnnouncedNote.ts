import { useEffect, useRef, type RefObject } from 'react';
import { announce } from './announcer.ts';

/**
 * How long a note must stay the same before it is said: typing "12" shows and drops a note per
 * key, and only the one left when typing pauses is worth hearing.
 */
export const noteSettleMs = 700;

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
    if (!text || !editing()) return;
    // Checked again when it is said: a user who moved on meanwhile hears it with the field later.
    timer.current = setTimeout(() => {
      if (editing()) announce(text);
    }, noteSettleMs);
  });
}
