import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * A failure of an Akana endpoint. The platform's error body is not documented (contract §12);
 * the sandbox answers `{ code, message }` plus `field`, `line` and `column` when known.
 */
export class AkanaError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly extra: { field?: string; line?: number; column?: number } = {},
  ) {
    super(message);
  }
}

export function akanaErrorResponse(c: Context, e: AkanaError) {
  return c.json({ code: e.status, message: e.message, ...e.extra }, e.status);
}
