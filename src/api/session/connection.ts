import { z } from '../schemas/zod.ts';

export const authSchemes = ['basic', 'soticket', 'bearer', 'session'] as const;
export type AuthScheme = (typeof authSchemes)[number];

/** Where the API is and how to sign requests. Lives in memory or sessionStorage, never localStorage. */
export const connectionSchema = z.object({
  /** '' = same origin (the embedded sandbox, or the `--upstream` proxy). */
  baseUrl: z.string(),
  scheme: z.enum(authSchemes),
  userName: z._default(z.string(), ''),
  password: z._default(z.string(), ''),
  ticket: z._default(z.string(), ''),
  appToken: z._default(z.string(), ''),
  token: z._default(z.string(), ''),
  language: z._default(z.string(), 'en'),
  culture: z._default(z.string(), 'en'),
  timeZone: z._default(z.string(), ''),
  /** Keep the connection in sessionStorage so a reload of this tab stays signed in. */
  rememberInTab: z._default(z.boolean(), true),
  /** Shown in the header once signed in. */
  displayName: z._default(z.string(), ''),
});
export type Connection = z.infer<typeof connectionSchema>;

export const defaultConnection = (): Connection => ({
  baseUrl: '',
  scheme: 'basic',
  userName: '',
  password: '',
  ticket: '',
  appToken: '',
  token: '',
  language: 'en',
  culture: typeof navigator !== 'undefined' ? navigator.language : 'en',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  rememberInTab: true,
  displayName: '',
});

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

/** The headers SuperOffice wants on every call for this connection (contract §1.1–1.2). */
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
  if (c.timeZone) h['SO-TimeZone'] = c.timeZone;
  return h;
}
