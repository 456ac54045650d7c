const gatewayReasons: Readonly<Record<number, string>> = {
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * A proxy or gateway in front of the server answered instead of it: its answer says nothing about
 * whether the server did what was asked. 502 (Bad Gateway: the server's answer never came through
 * whole) and 504 (Gateway Timeout: the proxy stopped waiting for it) are by definition a proxy's.
 * 503 is counted too, unless the body is the server's own error (it names an ErrorType; without
 * an error body Flowdesk can read, `type` stays "http"): a server that refuses work says so before
 * doing any, but proxies answer 503 on their own when the server behind them times out or resets
 * (Azure Front Door, Envoy), after it may have stored a save. Reading a 503 as "may have been
 * saved" costs at most one more Save, which is safe.
 */
export function isGatewayAnswer(status: number, type: string): boolean {
  if (status === 502 || status === 504) return true;
  return status === 503 && type === 'http';
}

/** "504 Gateway Timeout", for the sentence that says a proxy answered. */
export function gatewayStatusText(status: number): string {
  const reason = gatewayReasons[status];
  return reason ? `${status} ${reason}` : String(status);
}
