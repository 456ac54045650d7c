import type { Context } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { acceptsMediaType } from './acceptsMediaType.ts';
import { AkanaError } from './akanaErrors.ts';

/** The JSON types the platform answers the definitions list and upload in (AK-LIST, AK-ADD). */
const JSON_TYPES = [
  'application/json',
  'application/vnd.soa.v71+json',
  'application/vnd.soa.v72+json',
  'application/vnd.soa.v80+json',
  'application/vnd.soa.v81+json',
];

/**
 * Refuses, before anything is done, a request whose Accept header rules out every JSON type: the
 * platform does not answer JSON to it, so neither may the sandbox. 406, as the upload's own page
 * says for "an incorrect media type for the Accept header" (seed page) and as the sandbox's
 * delete answers; AK-HTTP says 404 for it, and the app takes either as refused unread. (The
 * platform also serves XML; the sandbox does not.)
 */
export function requireJsonAccepted(c: Context<AppEnv>): void {
  const accept = c.req.header('Accept');
  if (!JSON_TYPES.some((type) => acceptsMediaType(accept, type)))
    throw new AkanaError(
      406,
      `Not Acceptable: this answers JSON, which the Accept header (${accept}) does not allow`,
    );
}
