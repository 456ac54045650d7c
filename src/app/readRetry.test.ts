import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http/ApiError.ts';
import { readRetryDelay, retriesRead } from './readRetry.ts';

const answer = (status: number, retryAfterMs?: number, type = 'http') =>
  new ApiError({
    kind: 'http',
    status,
    type,
    message: `${status}`,
    request: 'POST /api/v1/Agents/Workflow/GetEmailFlow',
    retryAfterMs,
    answeredAt: Date.now(),
  });

describe('read retries', () => {
  it('retries a 429 or 503 after the short wait the server asks for', () => {
    for (const status of [429, 503]) {
      const e = answer(status, 3_000);
      expect(retriesRead(0, e)).toBe(true);
      expect(readRetryDelay(0, e)).toBe(3_000);
      expect(retriesRead(1, e)).toBe(true);
      expect(readRetryDelay(1, e)).toBe(3_000);
      expect(retriesRead(2, e)).toBe(false);
    }
  });

  it('does not retry when the server asks for a longer wait: the message says when', () => {
    expect(retriesRead(0, answer(503, 30_000))).toBe(false);
    expect(retriesRead(0, answer(429, 11_000))).toBe(false);
    expect(retriesRead(0, answer(429, 10_000))).toBe(true);
  });

  it('keeps to its own back-off for a 5xx or a dropped connection that names no wait', () => {
    const e = answer(503);
    expect(retriesRead(0, e)).toBe(true);
    expect(readRetryDelay(0, e)).toBe(1_000);
    expect(readRetryDelay(1, e)).toBe(2_000);
    expect(retriesRead(0, new ApiError({ kind: 'network', message: 'x', request: 'GET /' }))).toBe(
      true,
    );
    expect(retriesRead(0, answer(429))).toBe(false);
    expect(retriesRead(0, answer(404))).toBe(false);
  });
});
