import { z } from '../schemas/zod.ts';
import { request } from '../http/client.ts';

export const principalSchema = z.looseObject({
  UserName: z.nullish(z.string()),
  FullName: z.nullish(z.string()),
  Associate: z.nullish(
    z.looseObject({ AssociateId: z.nullish(z.number()), FullName: z.nullish(z.string()) }),
  ),
});
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
