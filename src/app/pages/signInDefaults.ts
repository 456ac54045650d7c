import { defaultConnection, type Connection } from '../../api/session/connection.ts';
import type { DisplayPreferences } from '../storage/displayPreferences.ts';

/** Language, culture and time zone: those kept for a server, else the browser's own. */
export function displayDefaults(kept: DisplayPreferences | null): DisplayPreferences {
  const { language, culture, timeZone } = { ...defaultConnection(), ...kept };
  return { language, culture, timeZone };
}

/**
 * Where the sign-in form starts: this tab's connection (signing in again), else this server's
 * kept language, culture and time zone (a new tab, or after signing out), else the browser's.
 */
export function signInDefaults(
  previous: Connection | null,
  keptFor: (baseUrl: string) => DisplayPreferences | null,
): Connection {
  const start = defaultConnection();
  if (previous) return { ...start, ...previous };
  return { ...start, ...displayDefaults(keptFor(start.baseUrl)) };
}
