import { z } from '../../api/schemas/zod.ts';
import { normalizeBaseUrl } from '../../api/session/normalizeBaseUrl.ts';
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

/** Keyed by the server's base URL as requests use it ('' is this server). */
const byServerSchema = z.record(z.string(), displayPreferencesSchema);
type ByServer = z.infer<typeof byServerSchema>;

function readAll(storage: Storage | null): ByServer {
  try {
    const raw = storage?.getItem(PREFERENCES_STORAGE_KEY);
    if (!raw) return {};
    const parsed = byServerSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** What was kept for this server, or null if nothing was (or it cannot be read). */
export function readDisplayPreferences(
  baseUrl: string,
  storage: Storage | null = localStore(),
): DisplayPreferences | null {
  return readAll(storage)[normalizeBaseUrl(baseUrl)] ?? null;
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
