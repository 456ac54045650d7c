import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { answerLost, gatewayAnswered, gatewayStatusText } from './answerLost.ts';

const request = 'POST /api/v1/Agents/Targets/SaveTargetGroup';
const http = (status: number, type?: string) =>
  new ApiError({ kind: 'http', status, type, message: `${status}`, request });

describe('answerLost', () => {
  it('counts a proxy’s 502 and 504 as no answer from the server', () => {
    expect(answerLost(http(502))).toBe(true);
    expect(answerLost(http(504))).toBe(true);
    // Also when the proxy sent a body of its own that Flowdesk could read.
    expect(gatewayAnswered(http(504, 'GatewayTimeout'))).toBe(true);
  });

  it('counts a 503 only when it is not the server’s own error', () => {
    expect(answerLost(http(503))).toBe(true);
    expect(answerLost(http(503, 'SoServiceUnavailableException'))).toBe(false);
  });

  it('keeps an answer from the server itself as an answer', () => {
    for (const status of [400, 401, 403, 409, 500])
      expect(answerLost(http(status)), String(status)).toBe(false);
    expect(answerLost(new Error('boom'))).toBe(false);
  });

  it('counts no answer, an unreadable one and a cancelled request as lost', () => {
    for (const kind of ['network', 'parse', 'aborted'] as const)
      expect(answerLost(new ApiError({ kind, message: 'x', request })), kind).toBe(true);
  });

  it('names the status as a proxy does', () => {
    expect(gatewayStatusText(http(504))).toBe('504 Gateway Timeout');
    expect(gatewayStatusText(http(502))).toBe('502 Bad Gateway');
  });
});
