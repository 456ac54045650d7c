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
