import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError.ts';

const busy = (answeredAt: number) =>
  new ApiError({
    kind: 'http',
    status: 429,
    message: 'Too many requests',
    request: 'GET /api/v1/Agents/Workflow/GetEmailFlowList',
    retryAfterMs: 5 * 60_000,
    answeredAt,
  });

describe('ApiError: when to try again', () => {
  afterEach(() => vi.useRealTimers());

  it('says what is left of the wait when the message is read, not the whole wait again', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const error = busy(Date.now());
    expect(error.userMessage).toContain('Try again in about 5 minutes.');
    vi.advanceTimersByTime(3 * 60_000);
    expect(error.userMessage).toContain('Try again in about 2 minutes.');
    vi.advanceTimersByTime(2 * 60_000);
    expect(error.userMessage).toContain('Try again in a moment.');
  });
});
