const CSRF_PREFIX = 'X-Csrf-Token_';

interface CsrfCookie {
  fedMemberId: string;
  /** Raw, still URL-encoded, as the header carries it. */
  value: string;
}

/** The `X-Csrf-Token_{fedmemberid}` cookies with a value, in the order the browser lists them. */
export function csrfCookies(cookieString: string): CsrfCookie[] {
  const found: CsrfCookie[] = [];
  for (const part of cookieString.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    const value = part.slice(i + 1).trim();
    if (name.startsWith(CSRF_PREFIX) && name.length > CSRF_PREFIX.length && value)
      found.push({ fedMemberId: name.slice(CSRF_PREFIX.length), value });
  }
  return found;
}

/**
 * The CSRF header for Akana calls, built from the `X-Csrf-Token_{fedmemberid}` cookie's name and
 * raw value (contract §10.2); empty when the cookie is gone. The browser may also hold a stale
 * cookie of another fedmember (an earlier platform on this address, valid for hours), which the
 * platform refuses with 401: so the signed-in fedmember's cookie when that is known (and nothing
 * when it is gone, so the 401 leads to a sign-in), else the newest, which the browser lists last.
 */
export function csrfHeaderFromCookies(
  cookieString: string,
  fedMemberId?: string | null,
): Record<string, string> {
  const cookies = csrfCookies(cookieString);
  const chosen = fedMemberId
    ? cookies.find((c) => c.fedMemberId === fedMemberId)
    : cookies[cookies.length - 1];
  return chosen ? { [CSRF_PREFIX + chosen.fedMemberId]: chosen.value } : {};
}

/**
 * The fedmember whose CSRF cookie a sign-in set: the one that appeared or changed between the
 * cookies before and after it; null when none did (a platform with CSRF off sets none).
 */
export function fedMemberSetBetween(before: string, after: string): string | null {
  const earlier = new Map(csrfCookies(before).map((c) => [c.fedMemberId, c.value]));
  const changed = csrfCookies(after).filter((c) => earlier.get(c.fedMemberId) !== c.value);
  return changed.length ? changed[changed.length - 1].fedMemberId : null;
}

export const documentCookies = () => (typeof document === 'undefined' ? '' : document.cookie);
