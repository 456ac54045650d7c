import { z } from '../../api/schemas/zod.ts';
import { authSchemes } from '../../api/session/connection.ts';
import { cultureField, languageField, timeZoneField } from './localeRules.ts';
import { credentialProblem } from './credentialRules.ts';
import { credentialMaxLengths, tooLongProblem } from './signInLengths.ts';

/** The ticket and token fields each scheme sends, and what the user calls them. */
const credentialFields = {
  basic: [],
  session: [],
  soticket: [
    ['ticket', 'ticket'],
    ['appToken', 'app token'],
  ],
  bearer: [['token', 'access token']],
} as const;

/** The sign-in form's values and rules (which fields a scheme needs). */
export const signInFormSchema = z
  .object({
    userName: z.string().check(z.trim()),
    password: z.string(),
    scheme: z.enum(authSchemes),
    baseUrl: z.string().check(
      z.trim(),
      z.refine(
        (v) => v === '' || /^https?:\/\/[^\s]+$/.test(v),
        'Enter an address starting with http:// or https://, or leave it empty for this server.',
      ),
    ),
    ticket: z.string().check(z.trim()),
    appToken: z.string().check(z.trim()),
    token: z.string().check(z.trim()),
    language: languageField,
    culture: cultureField,
    timeZone: timeZoneField,
    rememberInTab: z.boolean(),
  })
  .check(
    z.superRefine((v, ctx) => {
      // The browser session needs neither (the browser's own session), or both (the sandbox
      // starts one).
      const needsPassword =
        v.scheme === 'basic' ||
        (v.scheme === 'session' && (v.userName !== '' || v.password !== '')) ||
        (v.scheme === 'soticket' && !v.ticket) ||
        (v.scheme === 'bearer' && !v.token);
      const longName = tooLongProblem(v.userName, credentialMaxLengths.userName, 'user name');
      if (longName) ctx.addIssue({ code: 'custom', path: ['userName'], message: longName });
      const longPassword = tooLongProblem(v.password, credentialMaxLengths.password, 'password');
      if (longPassword) ctx.addIssue({ code: 'custom', path: ['password'], message: longPassword });
      if (needsPassword && !v.userName)
        ctx.addIssue({ code: 'custom', path: ['userName'], message: 'Enter your user name.' });
      if (needsPassword && !v.password)
        ctx.addIssue({ code: 'custom', path: ['password'], message: 'Enter your password.' });
      // Only the scheme's own fields: one left from another scheme is hidden and not sent.
      for (const [field, what] of credentialFields[v.scheme]) {
        const problem = credentialProblem(v[field], what);
        if (problem) ctx.addIssue({ code: 'custom', path: [field], message: problem });
      }
    }),
  );

export type SignInFormValues = z.infer<typeof signInFormSchema>;

export const schemeOptions = [
  { value: 'basic', label: 'Basic (user name and password)' },
  { value: 'soticket', label: 'SoTicket' },
  { value: 'bearer', label: 'Bearer token' },
  { value: 'session', label: 'Browser session (XSRF cookie)' },
] as const;

/**
 * Only same-origin paths are allowed as a return target, so a crafted link cannot send users away.
 * The path is read as a browser reads it (`/\\host` and `/<tab>/host` are other hosts).
 */
export function safeReturnTo(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//')) return '/';
  const probe = 'http://flowdesk.invalid';
  let url: URL;
  try {
    url = new URL(value, probe);
  } catch {
    return '/';
  }
  if (url.origin !== probe || url.pathname.startsWith('/sign-in')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
