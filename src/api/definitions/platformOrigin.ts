import { buildUrl } from '../http/client.ts';

/**
 * Whether a platform address is on the app's own origin. The platform signs in with cookies, and
 * each write needs its CSRF cookie read by the page (contract §10.2): that only works on this
 * origin (the sandbox, or `npm start -- --platform URL`). An API base URL on another origin is a
 * SuperOffice tenant reached with CORS, which has no platform paths.
 */
export function onAppOrigin(platformUrl: string, appHref: string): boolean {
  try {
    return new URL(platformUrl, appHref).origin === new URL(appHref).origin;
  } catch {
    return false;
  }
}

/** The other origin the Akana calls would go to now, or null when they stay on the app's own. */
export function platformElsewhere(): string | null {
  if (typeof location === 'undefined') return null;
  const url = buildUrl('/api/login');
  return onAppOrigin(url, location.href) ? null : new URL(url, location.href).host;
}
