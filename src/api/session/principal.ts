import { z } from '../schemas/zod.ts';
import { request } from '../http/client.ts';

const principalFields = z.looseObject({
  UserName: z.nullish(z.string()),
  FullName: z.nullish(z.string()),
  AssociateId: z.nullish(z.number()),
  Associate: z.nullish(
    z.looseObject({ AssociateId: z.nullish(z.number()), FullName: z.nullish(z.string()) }),
  ),
});

/**
 * Whether an answer names someone: a principal always has a user name or an associate id (the
 * sandbox sends both, a tenant's User carrier its AssociateId). Any JSON object passed before, so
 * an answer of another shape was taken for a sign-in and the next request's 401 said the session
 * had expired.
 */
export const namesSomeone = (p: z.infer<typeof principalFields>) =>
  (typeof p.UserName === 'string' && p.UserName.trim() !== '') ||
  (typeof p.AssociateId === 'number' && p.AssociateId > 0) ||
  (typeof p.Associate?.AssociateId === 'number' && p.Associate.AssociateId > 0);

export const principalSchema = principalFields.check(
  z.refine(namesSomeone, 'it names no user (no UserName or AssociateId)'),
);
export type Principal = z.infer<typeof principalSchema>;

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

export const sandboxLogout = () =>
  request('/api/sandbox/logout', { method: 'POST', schema: null, superOfficeAuth: false }).catch(
    () => undefined,
  );
