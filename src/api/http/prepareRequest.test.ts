import { describe, expect, it } from 'vitest';
import { prepareRequest } from './prepareRequest.ts';
import { defaultConnection, type AuthScheme } from '../session/connection.ts';

const on = (scheme: AuthScheme) => ({
  ...defaultConnection(),
  baseUrl: 'https://tenant.example.test/Cust12345',
  scheme,
  userName: 'admin',
  password: 'admin',
  ticket: '7T:abc',
  token: '8A:xyz',
});

describe('prepareRequest credentials', () => {
  it.each<AuthScheme>(['basic', 'soticket', 'bearer'])(
    'sends no cookies to another origin for %s, which signs with a header (a server allowing any origin accepts it)',
    (scheme) => {
      const { init } = prepareRequest(on(scheme), '/api/v1/User/currentPrincipal', {
        method: 'GET',
      });
      expect(init.credentials).toBe('same-origin');
    },
  );

  it('sends the browser session cookies for the session scheme, which signs with them', () => {
    const { init } = prepareRequest(on('session'), '/api/v1/User/currentPrincipal', {
      method: 'GET',
    });
    expect(init.credentials).toBe('include');
  });

  it('sends the session cookies when asked, with no connection (ending a browser session after sign-out)', () => {
    expect(prepareRequest(null, '/api/sandbox/logout', {}).init.credentials).toBe('same-origin');
    const { init } = prepareRequest(null, '/api/sandbox/logout', { sessionCookies: true });
    expect(init.credentials).toBe('include');
  });
});
