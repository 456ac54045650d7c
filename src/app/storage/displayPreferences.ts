import { z } from '../../api/schemas/zod.ts';
import { normalizeBaseUrl } from '../../api/session/normalizeBaseUrl.ts';
import { readKeptObject, type KeptObject } from './keptJson.ts';
import { localStore } from './localStore.ts';

/**
 * Language, culture and time zone, per server, in localStorage: they are no credentials, so a
 * new tab's sign-in form and one after signing out start from them. The connection itself (with
 * the credentials) stays in the tab's sessionStorage or in memory.
 */
export const PREFERENCES_STORAGE_KEY = 'flowdesk.preferences';

const displayPreferencesSchema = z.object({
  language: z.string(),
  culture: z.string(),
  timeZone: z.string(),
});
export type DisplayPreferences = z.infer<typeof displayPreferencesSchema>;

/**
 * All that is kept, keyed by the server's base URL as requests use it ('' is this server). Each
 * entry is read on its own, and a write changes only its own server's: an entry this version
 * cannot read (another version's, or a damaged one) costs that server its preferences, not every
 * server's, and stays as it is for whoever wrote it.
 */
function readAll(storage: Storage | null): KeptObject {
  try {
    return readKeptObject(storage?.getItem(PREFERENCES_STORAGE_KEY)) ?? {};
  } catch {
    return {};
  }
}

/** What was kept for this server, or null if nothing was (or it cannot be read). */
export function readDisplayPreferences(
  baseUrl: string,
  storage: Storage | null = localStore(),
): DisplayPreferences | null {
  const parsed = displayPreferencesSchema.safeParse(readAll(storage)[normalizeBaseUrl(baseUrl)]);
  return parsed.success ? parsed.data : null;
}

/** Keeps these for this server, and only these fields, whatever else the object carries. */
export function keepDisplayPreferences(
  baseUrl: string,
  { language, culture, timeZone }: DisplayPreferences,
  storage: Storage | null = localStore(),
): void {
  const all = readAll(storage);
  all[normalizeBaseUrl(baseUrl)] = { language, culture, timeZone };
  try {
    storage?.setItem(PREFERENCES_STORAGE_KEY, JSON.stringify(all));
  } catch {
    // Full or disabled storage: the next sign-in form starts from the browser's own defaults.
  }
}
