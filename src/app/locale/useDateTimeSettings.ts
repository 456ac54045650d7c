import { useConnection } from '../auth/useConnection.ts';
import type { DateTimeSettings } from './formatDateTime.ts';

/** The signed-in user's culture and time zone, for `formatDateTime`. */
export function useDateTimeSettings(): DateTimeSettings {
  const connection = useConnection();
  return { locale: connection?.culture, timeZone: connection?.timeZone };
}
