/**
 * This browser's localStorage, or null when the page may not use it: reading
 * `window.localStorage` itself throws when storage is turned off (Safari's private mode, a
 * blocked site), and then whatever the app keeps there (drafts, recent flows, sends and saves
 * under way) is simply not kept.
 */
export function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
