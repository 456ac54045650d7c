import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http/ApiError.ts';
import { signInFailureText } from './signInFailureText.ts';

const request = 'GET /api/v1/User/currentPrincipal';
const notTheApi = (detail: string) =>
  `The address answered, but it is not a SuperOffice or Flowdesk API (${detail}). Check the API base URL under Connection settings.`;

describe('signInFailureText', () => {
  it('says an address that answers with a web page is not the API, and to check the base URL', () => {
    const html = new ApiError({ kind: 'parse', message: 'the response is not JSON', request });
    expect(signInFailureText(html)).toBe(notTheApi('the response is not JSON'));
  });

  it('says an answer of another shape (JSON that names no user) could not be read, and signs nobody in', () => {
    const shape = new ApiError({
      kind: 'parse',
      message: 'response: it does not say who is signed in',
      request,
      issues: [],
    });
    expect(signInFailureText(shape)).toBe(
      'The server’s answer to sign-in could not be read (response: it does not say who is signed in), so you are not signed in. Try again; if it keeps happening, check the API base URL under Connection settings, or tell your administrator.',
    );
  });

  it('says a 431 in plain words', () => {
    const big = new ApiError({
      kind: 'http',
      status: 431,
      message: '431 Request Header Fields Too Large',
      request,
    });
    expect(signInFailureText(big)).toMatch(
      /^The server refused the request because its headers were too large \(431\)/,
    );
  });

  it('says the same of a 404 or 405 from a plain web server (no API error in the body)', () => {
    const plain404 = new ApiError({ kind: 'http', status: 404, message: '404 Not Found', request });
    expect(signInFailureText(plain404)).toBe(
      notTheApi('HTTP 404 for /api/v1/User/currentPrincipal'),
    );
    const plain405 = new ApiError({ kind: 'http', status: 405, message: 'Not Allowed', request });
    expect(signInFailureText(plain405)).toBe(
      notTheApi('HTTP 405 for /api/v1/User/currentPrincipal'),
    );
  });

  it('says an API’s 404 or 403 at sign-in in sentences that fit signing in', () => {
    const apiNotFound = new ApiError({
      kind: 'http',
      status: 404,
      type: 'SoNotFoundException',
      message: 'Not found (sandbox fault)',
      request,
    });
    expect(signInFailureText(apiNotFound)).toBe(
      'The server has no sign-in at this address (404): Not found (sandbox fault). You are not signed in. Check the API base URL under Connection settings, then try again.',
    );
    const refused = new ApiError({
      kind: 'http',
      status: 403,
      type: 'SoAccessDeniedException',
      message: 'This user may not use the API.',
      request,
    });
    expect(signInFailureText(refused)).toBe(
      'The server does not let this user sign in (403): This user may not use the API. Ask your administrator for access, or sign in as another user.',
    );
  });

  it('keeps the other messages as they were', () => {
    const wrong = new ApiError({
      kind: 'http',
      status: 401,
      message: 'Wrong user name or password.',
      request,
    });
    expect(signInFailureText(wrong)).toBe('Wrong user name or password.');
    const offline = new ApiError({ kind: 'network', message: 'Failed to fetch', request });
    expect(signInFailureText(offline)).toBe(
      'Could not reach the server. Check your connection, and the API base URL under Connection settings, then try again.',
    );
    const failed = new ApiError({ kind: 'http', status: 500, message: 'Boom', request });
    expect(signInFailureText(failed)).toBe(failed.userMessage);
    expect(signInFailureText(new Error('odd'))).toBe('Error: odd');
  });
});
