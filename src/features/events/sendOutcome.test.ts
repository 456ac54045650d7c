import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http/ApiError.ts';
import {
  checkBeforeSendingAgain,
  describeSendFailure,
  failureText,
  sendFailureNow,
} from './sendOutcome.ts';

describe('describeSendFailure', () => {
  it('reports an answer of the wrong shape as not understood, not as a refusal', () => {
    const e = new ApiError({
      kind: 'parse',
      message: 'EventType: Invalid input',
      request: 'POST SendEvent',
    });
    const f = describeSendFailure(e);
    expect(f.status).toBe('not-understood');
    expect(f.message).toMatch(/^The server sent data Flowdesk does not understand \(EventType/);
    expect(f.message).toMatch(/may have been recorded/);
    expect(f.detail).toBe('Response not understood (EventType: Invalid input)');
  });

  it('reports a lost connection as no answer (the event may have arrived), in plain words, saying how to check', () => {
    const e = new ApiError({
      kind: 'network',
      message: 'Failed to fetch',
      request: 'POST SendEvent',
    });
    expect(describeSendFailure(e)).toEqual({
      status: 'no-answer',
      message:
        'The server could not be reached, or the connection was lost before it answered, so the event may or may not have reached it: check before sending it again. ' +
        checkBeforeSendingAgain,
      detail: 'The server could not be reached, or the connection was lost.',
    });
    // Not the browser's own words.
    expect(JSON.stringify(describeSendFailure(e))).not.toContain('Failed to fetch');
  });

  it('says how to check, what sending again risks and that the input is kept', () => {
    expect(checkBeforeSendingAgain).toMatch(
      /participants of the flows with a goal this event can meet/,
    );
    expect(checkBeforeSendingAgain).toMatch(/react to it twice/);
    expect(checkBeforeSendingAgain).toMatch(/“Sent in this session” below/);
    expect(checkBeforeSendingAgain).toMatch(/your input is kept\.$/);
  });

  it('reports a proxy’s 502/504 as no answer (the server may have recorded the event), not as a refusal', () => {
    const e = new ApiError({
      kind: 'http',
      status: 504,
      message: '504 Gateway Time-out',
      request: 'POST SendEvent',
    });
    expect(describeSendFailure(e)).toEqual({
      status: 'no-answer',
      message:
        'A proxy between Flowdesk and the server answered 504 Gateway Timeout instead of the server, so the event may have been recorded: check before sending it again. ' +
        checkBeforeSendingAgain,
      detail: 'No answer (a proxy answered 504 Gateway Timeout)',
    });
    expect(
      describeSendFailure(new ApiError({ kind: 'http', status: 502, message: 'x', request: 'r' }))
        .status,
    ).toBe('no-answer');
  });

  it('reports a 500 as a send that may have been recorded (the server may fail after storing it), saying how to check', () => {
    const e = new ApiError({
      kind: 'http',
      status: 500,
      message: 'Injected failure (sandbox fault)',
      request: 'POST SendEvent',
    });
    expect(describeSendFailure(e)).toEqual({
      status: 'server-failed',
      message:
        'The server failed while handling the event (500): Injected failure (sandbox fault). It may have failed after recording it, so the event may or may not have been recorded: check before sending it again. ' +
        checkBeforeSendingAgain,
      detail:
        'The server failed (500): Injected failure (sandbox fault); the event may or may not have been recorded.',
    });
    expect(JSON.stringify(describeSendFailure(e))).not.toContain('Try again');
  });

  it('reports a refusal before anything was done (501, a busy 503, 4xx) with its own sentence', () => {
    for (const status of [501, 400]) {
      const e = new ApiError({ kind: 'http', status, message: 'No', request: 'POST SendEvent' });
      expect(describeSendFailure(e)).toMatchObject({ status: 'rejected', detail: 'No' });
    }
    const busy = new ApiError({
      kind: 'http',
      status: 503,
      type: 'Busy',
      message: 'Busy',
      request: 'POST SendEvent',
    });
    expect(describeSendFailure(busy).status).toBe('rejected');
    expect(describeSendFailure(new Error('boom'))).toEqual({
      status: 'rejected',
      message: 'boom',
      detail: 'boom',
    });
  });

  it('reports an expired session as not sent, not as a rejection, and once signed in again says to send', () => {
    const e = new ApiError({
      kind: 'http',
      status: 401,
      message: 'Session ended (sandbox fault)',
      request: 'POST SendEvent',
    });
    const f = describeSendFailure(e, 3);
    expect(f).toEqual({
      status: 'session-expired',
      message:
        'The event was not sent because your session had expired. Once you are signed in again, press Send event: what you typed is still here.',
      detail: 'Your session had expired; the event was not sent.',
      renewalsAt: 3,
    });
    expect(failureText[f.status]).toMatchObject({ badge: 'Not sent', title: 'Event not sent' });
    expect(sendFailureNow(f, 3)).toBe(f);
    expect(sendFailureNow(f, 4).message).toBe(
      'The event was not sent because your session had expired. You are signed in again: press Send event to send it.',
    );
    const rejected = describeSendFailure(new Error('boom'));
    expect(sendFailureNow(rejected, 9)).toBe(rejected);
    expect(sendFailureNow(null, 9)).toBeNull();
  });
});
