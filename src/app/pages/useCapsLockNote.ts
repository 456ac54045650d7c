import { useState, type KeyboardEvent } from 'react';
import { announce } from '../../ui/announcer.ts';

export const CAPS_LOCK_NOTE = 'Caps Lock is on: the password may be typed in capitals.';

/**
 * Whether Caps Lock is on, as the password field's key presses tell (a browser says nothing before
 * a key is pressed): the note to show under it, and the handlers for its keydown and keyup. Said
 * once when it turns on, as a note appearing under a field is not read out.
 */
export function useCapsLockNote() {
  const [on, setOn] = useState(false);
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const now = e.getModifierState('CapsLock');
    if (now && !on) announce(CAPS_LOCK_NOTE);
    setOn(now);
  };
  return { note: on ? CAPS_LOCK_NOTE : undefined, onKeyDown: onKey, onKeyUp: onKey };
}
