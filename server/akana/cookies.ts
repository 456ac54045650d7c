/** Cookie and header names of the Akana platform for one tenant (contract §10.2). */
export const authCookieName = (fedMemberId: string) => `AtmoAuthToken_${fedMemberId}`;
export const csrfCookieName = (fedMemberId: string) => `X-Csrf-Token_${fedMemberId}`;
/** The header carries the CSRF cookie's name and value. */
export const csrfHeaderName = csrfCookieName;

/** How long a platform sign-in lasts in the sandbox. */
export const AKANA_SESSION_MS = 8 * 60 * 60 * 1000;

/** `TokenID=…,expirationTime=…`, the decoded form of the platform's CSRF cookie value. */
export const csrfValue = (tokenId: string, expires: number) =>
  `TokenID=${tokenId},expirationTime=${expires}`;

/** Reads a CSRF value (encoded or not); undefined when it is not in the platform's format. */
export function parseCsrfValue(raw: string): { tokenId: string; expires: number } | undefined {
  let decoded = raw.trim();
  try {
    if (decoded.includes('%')) decoded = decodeURIComponent(decoded);
  } catch {
    return undefined;
  }
  const m = /^TokenID=([^,]+),expirationTime=(\d+)$/.exec(decoded);
  return m ? { tokenId: m[1], expires: Number(m[2]) } : undefined;
}

/** A Set-Cookie header value written by hand, so the login cookie keeps its raw `TokenID=` form. */
export function setCookieHeader(
  name: string,
  value: string,
  opts: { httpOnly: boolean; maxAgeSeconds: number },
): string {
  return [
    `${name}=${value}`,
    'Path=/',
    `Max-Age=${opts.maxAgeSeconds}`,
    'SameSite=Strict',
    ...(opts.httpOnly ? ['HttpOnly'] : []),
  ].join('; ');
}
