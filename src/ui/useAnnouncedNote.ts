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
 * when focus arrives, not when the note shows up while typing (WCAG 4.1.3). A note already there
 * when the field first shows is not said, as a field's error is not: it is read with the field.
 * `noteRef` is the note's element; its text is what is said.
 */
export function useAnnouncedNote(noteRef: RefObject<HTMLElement | null>): void {
  const said = useRef<string | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // After every render: the note's words, not the React node, say whether it changed.
  useEffect(() => {
    const text = noteRef.current?.textContent?.trim() ?? '';
    if (said.current === undefined) {
      said.current = text;
      return;
    }
    if (text === said.current) return;
    said.current = text;
    clearTimeout(timer.current);
    if (text) timer.current = setTimeout(() => announce(text), noteSettleMs);
  });
}
