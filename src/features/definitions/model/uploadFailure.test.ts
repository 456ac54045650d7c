import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/http/ApiError.ts';
import { mayHaveBeenStored, uploadFailureMessage } from './uploadFailure.ts';

describe('uploadFailureMessage after a lost answer', () => {
  const lost = new ApiError({ kind: 'network', message: 'the connection failed', request: 'x' });

  it('points to the list when it was read but cannot tell', () => {
    expect(uploadFailureMessage(lost, 'Approval', 'unknown')).toBe(
      'The connection was lost during the upload, so the file may have been stored. Look for “Approval” in the list below before retrying, or it may be added twice.',
    );
  });

  it('says the list could not be read to check when it could not', () => {
    expect(uploadFailureMessage(lost, 'Approval', 'listUnread')).toBe(
      'The connection was lost during the upload, so the file may have been stored. The list could not be read to check: Flowdesk reads it again by itself, and this row will then say whether “Approval” was stored. Retry waits until then, as it could add the file twice.',
    );
  });

  it('says Retry is safe when the list shows it was not stored', () => {
    expect(uploadFailureMessage(lost, 'Approval', 'notStored')).toBe(
      'The connection was lost during the upload. The platform’s list has no new definition named “Approval”, so it was not stored: Retry to send it again.',
    );
  });
});

describe('uploadFailureMessage after an answer it cannot read', () => {
  const unread = new ApiError({ kind: 'parse', message: 'Key: expected string', request: 'x' });

  it('says so in words, without the schema’s detail, and what to check before retrying', () => {
    expect(uploadFailureMessage(unread, 'Approval', 'unknown')).toBe(
      'The platform answered, but Flowdesk could not read its answer, so the file may have been stored. Look for “Approval” in the list below before retrying, or it may be added twice.',
    );
    expect(uploadFailureMessage(unread, 'Approval', 'notStored')).not.toContain('expected string');
  });
});

describe('uploadFailureMessage after a proxy answered instead of the platform', () => {
  // What a proxy's 504 page turns into: its text, twice (title and heading).
  const gateway = new ApiError({
    kind: 'http',
    status: 504,
    message: '504 Gateway Time-out 504 Gateway Time-out',
    request: 'POST /api/workflow/definitions',
  });

  it('is a lost answer, as a dropped connection is; a failure of the platform itself is not', () => {
    const badGateway = new ApiError({ kind: 'http', status: 502, message: 'x', request: 'x' });
    for (const proxy of [gateway, badGateway]) {
      expect(mayHaveBeenStored(proxy)).toBe(true);
      expect(uploadFailureMessage(proxy, 'Approval')).toMatch(
        /^A proxy between Flowdesk and the platform answered 50[24] [A-Za-z ]+ instead of the platform, so the file may have been stored\./,
      );
    }
    const failed = new ApiError({ kind: 'http', status: 500, message: 'x', request: 'x' });
    expect(uploadFailureMessage(failed, 'Approval')).toMatch(
      /^The platform failed while storing “Approval” \(500\)/,
    );
  });

  it('says a proxy answered, without its page’s text, and to look before retrying', () => {
    expect(uploadFailureMessage(gateway, 'Approval', 'unknown')).toBe(
      'A proxy between Flowdesk and the platform answered 504 Gateway Timeout instead of the platform, so the file may have been stored. Look for “Approval” in the list below before retrying, or it may be added twice.',
    );
  });

  it('does not call Retry safe when the list has no copy yet: the platform may still be storing it', () => {
    expect(uploadFailureMessage(gateway, 'Approval', 'notStored')).toBe(
      'A proxy between Flowdesk and the platform answered 504 Gateway Timeout instead of the platform. The platform’s list has no new definition named “Approval” yet, but the platform may still be storing it: in a minute, reload the page and look for it in the list before retrying, or it may be added twice.',
    );
  });
});

describe('uploadFailureMessage after the platform refused or failed', () => {
  const failed = new ApiError({
    kind: 'http',
    status: 500,
    message: 'Injected failure (sandbox fault)',
    request: 'POST /api/workflow/definitions',
  });

  it('a 500 may come after the definition was written: its list is read before saying whether', () => {
    expect(mayHaveBeenStored(failed)).toBe(true);
    // Busy, or a refusal before any work: nothing was stored.
    const busy = new ApiError({
      kind: 'http',
      status: 503,
      type: 'Busy',
      message: 'x',
      request: 'x',
      retryAfterMs: 5000,
    });
    expect(mayHaveBeenStored(busy)).toBe(false);
    const notImplemented = new ApiError({ kind: 'http', status: 501, message: 'x', request: 'x' });
    expect(mayHaveBeenStored(notImplemented)).toBe(false);
  });

  it('says a 500 in sentences, and Retry is safe once the list shows the file was not stored', () => {
    expect(uploadFailureMessage(failed, 'Approval', 'notStored')).toBe(
      'The platform failed while storing “Approval” (500): Injected failure (sandbox fault). The platform’s list has no new definition named “Approval”, so it was not stored: Retry to send it again. If it fails again, tell the platform’s administrator.',
    );
  });

  it('does not say a 500 stored nothing when the list cannot tell', () => {
    expect(uploadFailureMessage(failed, 'Approval', 'unknown')).toBe(
      'The platform failed while storing “Approval” (500): Injected failure (sandbox fault). It may have failed after storing the file. Look for “Approval” in the list below before retrying, or it may be added twice.',
    );
    expect(uploadFailureMessage(failed, 'Approval', 'listUnread')).toBe(
      'The platform failed while storing “Approval” (500): Injected failure (sandbox fault). It may have failed after storing the file. The list could not be read to check: Flowdesk reads it again by itself, and this row will then say whether “Approval” was stored. Retry waits until then, as it could add the file twice.',
    );
  });

  it('says a refusal (4xx) in sentences: not stored, and what to change before retrying', () => {
    const refused = new ApiError({
      kind: 'http',
      status: 400,
      message: 'The Key is already in use.',
      request: 'POST /api/workflow/definitions',
    });
    expect(uploadFailureMessage(refused, 'Approval')).toBe(
      'The platform refused “Approval” (400): The Key is already in use, so the file was not stored. Change what it names before retrying; if that is unclear, tell the platform’s administrator.',
    );
  });

  it('says a 403 is a missing right, not something to change in the file', () => {
    const forbidden = new ApiError({
      kind: 'http',
      status: 403,
      message: 'Forbidden',
      request: 'x',
    });
    expect(uploadFailureMessage(forbidden, 'Approval')).toBe(
      'The platform does not allow you to upload “Approval” (403): Forbidden, so the file was not stored. Ask the platform’s administrator for the right, or sign in to the platform as a user who has it.',
    );
  });

  it('names “the file” when the name is not known', () => {
    expect(uploadFailureMessage(failed)).toMatch(
      /^The platform failed while storing the file \(500\)/,
    );
  });
});
