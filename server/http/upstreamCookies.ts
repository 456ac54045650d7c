/** Which real server a proxied request goes to: the SuperOffice tenant or the Akana platform. */
export type UpstreamKind = 'tenant' | 'platform';

/** The platform's own cookies (contract §10.2): its login cookie and its CSRF cookie. */
const isPlatformCookie = (name: string) =>
  name.startsWith('AtmoAuthToken_') || name.startsWith('X-Csrf-Token_');

/**
 * The part of the browser's Cookie header that belongs to one upstream. Both are proxied under
 * this one origin, so the browser sends every cookie to each; forwarded whole, the tenant would
 * get the platform's login and the platform the tenant's session. Null when nothing is left.
 */
export function cookieHeaderFor(kind: UpstreamKind, cookieHeader: string): string | null {
  const kept = cookieHeader
    .split(';')
    .map((part) => part.trim())
    .filter((part) => {
      if (!part) return false;
      const i = part.indexOf('=');
      const name = (i < 0 ? part : part.slice(0, i)).trim();
      return isPlatformCookie(name) === (kind === 'platform');
    });
  return kept.length ? kept.join('; ') : null;
}
