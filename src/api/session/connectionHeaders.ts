import type { Connection } from './connection.ts';

const base64 = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s)));

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const part of document.cookie.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name)
      return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

/**
 * The headers SuperOffice wants on every call for this connection (contract §1.1–1.2). No zod
 * here: the start script inlined in index.html bundles this module.
 */
export function connectionHeaders(c: Connection): Record<string, string> {
  const h: Record<string, string> = { Accept: 'application/json' };
  switch (c.scheme) {
    case 'basic':
      h.Authorization = `Basic ${base64(`${c.userName}:${c.password}`)}`;
      break;
    case 'soticket':
      h.Authorization = `SOTICKET ${c.ticket}`;
      if (c.appToken) h['SO-AppToken'] = c.appToken;
      break;
    case 'bearer':
      h.Authorization = `Bearer ${c.token}`;
      break;
    case 'session': {
      const xsrf = readCookie('XSRF-TOKEN');
      if (xsrf) h['X-XSRF-TOKEN'] = xsrf;
      break;
    }
  }
  if (c.language) {
    h['Accept-Language'] = c.language;
    h['SO-Language'] = c.language;
  }
  if (c.culture) h['SO-Culture'] = c.culture;
  // No SO-TimeZone: it takes a SuperOffice time zone code, not the IANA name in c.timeZone, so the
  // tenant sends its times in its own zone and they are shown as it states them (serverDateTime).
  return h;
}
