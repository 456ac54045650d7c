import { useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`: for a hint about what is being typed,
 * which should not flicker with each key (nor appear at the moment the field is left, moving
 * what the pointer was about to press).
 */
export function useSettledValue<T>(value: T, delayMs = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
