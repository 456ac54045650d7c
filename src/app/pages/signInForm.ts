import { z } from 'zod';
import { authSchemes } from '../../api/session/connection.ts';

/** The sign-in form's values and rules (which fields a scheme needs). */
export const signInFormSchema = z
  .object({
    userName: z.string().trim(),
    password: z.string(),
    scheme: z.enum(authSchemes),
    baseUrl: z
      .string()
      .trim()
      .refine(
        (v) => v === '' || /^https?:\/\/[^\s]+$/.test(v),
        'Enter a URL starting with http:// or https://, or leave empty for this server',
      ),
    ticket: z.string().trim(),
    appToken: z.string().trim(),
    token: z.string().trim(),
    language: z.string().trim().min(2, 'Enter a language code such as en'),
    culture: z.string().trim(),
    timeZone: z.string().trim(),
    rememberInTab: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const needsPassword =
      v.scheme === 'basic' ||
      v.scheme === 'session' ||
      (v.scheme === 'soticket' && !v.ticket) ||
      (v.scheme === 'bearer' && !v.token);
    if (needsPassword && !v.userName)
      ctx.addIssue({ code: 'custom', path: ['userName'], message: 'Enter your user name' });
    if (needsPassword && !v.password)
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'Enter your password' });
  });

export type SignInFormValues = z.infer<typeof signInFormSchema>;

export const schemeOptions = [
  { value: 'basic', label: 'Basic (user name and password)' },
  { value: 'soticket', label: 'SoTicket' },
  { value: 'bearer', label: 'Bearer token' },
  { value: 'session', label: 'Browser session (XSRF cookie)' },
] as const;

/** Only same-origin paths are allowed as a return target, so a crafted link cannot send users away. */
export function safeReturnTo(value: string | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/sign-in'))
    return '/';
  return value;
}
