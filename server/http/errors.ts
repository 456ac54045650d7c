import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** A failure a handler throws; the app turns it into SuperOffice's error body. */
export class SoError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly errorType: string,
    message: string,
    /** The field the error is about, when there is one (shown on that field by the app). */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: number | string) =>
  new SoError(404, 'SoNotFoundException', `${what} id ${id} not found`);

export const badRequest = (message: string, field?: string) =>
  new SoError(400, 'SoValidationException', message, field);

export const unauthorized = (message = 'Authentication required') =>
  new SoError(401, 'SoAuthenticationException', message);

export const forbidden = (message: string, field?: string) =>
  new SoError(403, 'SoAccessDeniedException', message, field);

/** SuperOffice's documented error body (contract §1.3), plus the field when known. */
export function errorBody(e: SoError) {
  return {
    Error: true,
    ErrorType: e.errorType,
    ErrorMessage: e.message,
    ErrorSource: 'Flowdesk.Sandbox',
    ...(e.field ? { ErrorField: e.field } : {}),
  };
}
