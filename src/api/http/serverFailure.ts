import type { ApiError } from './ApiError.ts';

/**
 * The server itself answered that it failed (500 and the like): it may have failed after doing
 * what was asked (a write stored, then its answer failed), and a browser cannot tell that from a
 * failure before anything was done. Not a 501 or 505 (the server cannot do it at all), not a
 * server's 503 (busy: it refuses before doing anything), not a proxy's answer (see
 * gatewayStatus.ts, told as no answer from the server).
 */
export const isServerFailure = (e: ApiError): boolean =>
  e.kind === 'http' && e.status >= 500 && ![501, 503, 505].includes(e.status) && !e.fromGateway;
