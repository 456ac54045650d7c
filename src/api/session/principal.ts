import { z } from '../schemas/zod.ts';
import { request } from '../http/client.ts';

const principalFields = z.looseObject({
  UserName: z.nullish(z.string()),
  FullName: z.nullish(z.string()),
  AssociateId: z.nullish(z.number()),
  // A tenant's SoPrincipalCarrier has the logon name here; the sandbox sends its associate.
  Associate: z.nullish(
    z.union([
      z.string(),
      z.looseObject({ AssociateId: z.nullish(z.number()), FullName: z.nullish(z.string()) }),
    ]),
  ),
});

const named = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const isId = (v: unknown) => typeof v === 'number' && v > 0;

/**
 * Whether an answer names someone: a principal always has a logon name or an associate id (a
 * tenant's SoPrincipalCarrier: Associate and AssociateId; the sandbox: UserName and
 * Associate.AssociateId). Any JSON object passed before, so an answer of another shape was taken
 * for a sign-in and the next request's 401 said the session had expired.
 */
export const namesSomeone = (p: z.infer<typeof principalFields>) =>
  named(p.UserName) ||
  isId(p.AssociateId) ||
  (typeof p.Associate === 'string' ? named(p.Associate) : isId(p.Associate?.AssociateId));

export const principalSchema = principalFields.check(
  z.refine(namesSomeone, 'it does not say who is signed in'),
);
export type Principal = z.infer<typeof principalSchema>;

/**
 * The name to show for a principal: the full name, else the user name, else a tenant's logon name
 * (Associate), else the sandbox associate's name; '' when it has none of them. Empty strings count
 * as none.
 */
export function principalName(p: z.infer<typeof principalFields>): string {
  const associate = typeof p.Associate === 'string' ? p.Associate : p.Associate?.FullName;
  return p.FullName || p.UserName || associate || '';
}

/** Who the current credentials belong to; used to check a sign-in. */
export const fetchCurrentPrincipal = (signal?: AbortSignal) =>
  request('/api/v1/User/currentPrincipal', { method: 'GET', schema: principalSchema, signal });

export const sandboxLoginSchema = z.looseObject({
  UserName: z.string(),
  FullName: z.string(),
  Ticket: z.string(),
  AccessToken: z.string(),
});

/** The sandbox's sign-in: returns a ticket and a token, and sets the session + XSRF cookies. */
export const sandboxLogin = (userName: string, password: string) =>
  request('/api/sandbox/login', {
    method: 'POST',
    body: { UserName: userName, Password: password },
    schema: sandboxLoginSchema,
    superOfficeAuth: false,
  });

/** Ends the sandbox's sessions; `sessionCookies` sends the browser session's (see signOut). */
export const sandboxLogout = (sessionCookies = false) =>
  request('/api/sandbox/logout', {
    method: 'POST',
    schema: null,
    superOfficeAuth: false,
    sessionCookies,
  }).catch(() => undefined);
