import { isApiError, type ApiError } from '../../../api/http/ApiError.ts';

const gatewayReasons: Readonly<Record<number, string>> = {
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * A proxy or gateway in front of the server answered instead of it: its answer says nothing about
 * whether the server stored what was sent. 502 (Bad Gateway: the server's answer never came
 * through whole) and 504 (Gateway Timeout: the proxy stopped waiting for it) are by definition a
 * proxy's. 503 is counted too, unless the body is the server's own error (it names an ErrorType):
 * a server that refuses work says so before doing any, but proxies answer 503 on their own when
 * the server behind them times out or resets (Azure Front Door, Envoy), after it may have stored
 * the save. Reading a 503 as "may have been saved" costs at most one more Save, which is safe.
 */
export function gatewayAnswered(error: unknown): error is ApiError {
  if (!isApiError(error) || error.kind !== 'http') return false;
  if (error.status === 502 || error.status === 504) return true;
  // With no error body Flowdesk can read, the type stays the kind ("http").
  return error.status === 503 && error.type === 'http';
}

/** "504 Gateway Timeout", for the sentence that says a proxy answered. */
export function gatewayStatusText(error: ApiError): string {
  const reason = gatewayReasons[error.status];
  return reason ? `${error.status} ${reason}` : String(error.status);
}

/**
 * The answer to a save that was sent says nothing about whether it was stored: there was none
 * (connection lost, the page being left), it could not be read, or a proxy gave it.
 */
export function answerLost(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.kind !== 'http' || gatewayAnswered(error);
}
