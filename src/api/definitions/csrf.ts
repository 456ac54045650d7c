const CSRF_PREFIX = 'X-Csrf-Token_';

/**
 * The CSRF header for Akana writes, built from the `X-Csrf-Token_{fedmemberid}` cookie's name and
 * raw (still URL-encoded) value (contract §10.2); empty when the cookie is gone.
 */
export function csrfHeaderFromCookies(cookieString: string): Record<string, string> {
  for (const part of cookieString.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const name = part.slice(0, i).trim();
    const value = part.slice(i + 1).trim();
    if (name.startsWith(CSRF_PREFIX) && name.length > CSRF_PREFIX.length && value)
      return { [name]: value };
  }
  return {};
}

export const currentCsrfHeader = () =>
  csrfHeaderFromCookies(typeof document === 'undefined' ? '' : document.cookie);

export const hasCsrfCookie = () => Object.keys(currentCsrfHeader()).length > 0;
