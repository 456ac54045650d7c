import { useState, type KeyboardEvent } from 'react';

export const CAPS_LOCK_NOTE = 'Caps Lock is on: the password may be typed in capitals.';

/**
 * Whether Caps Lock is on, as the password field's key presses tell (a browser says nothing before
 * a key is pressed): the note to show under it, and the handlers for its keydown and keyup. The
 * field says the note when it appears (Field's note), so it is not announced here too.
 */
export function useCapsLockNote() {
  const [on, setOn] = useState(false);
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => setOn(e.getModifierState('CapsLock'));
  return { note: on ? CAPS_LOCK_NOTE : undefined, onKeyDown: onKey, onKeyUp: onKey };
}
