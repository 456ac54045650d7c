import { describe, expect, it } from 'vitest';
import { csrfHeaderFromCookies } from './csrf.ts';

describe('csrfHeaderFromCookies', () => {
  it('uses the cookie name as header name and keeps the value encoded', () => {
    expect(
      csrfHeaderFromCookies('a=1; X-Csrf-Token_acme=TokenID%3D8ed%2CexpirationTime%3D153; b=2'),
    ).toEqual({ 'X-Csrf-Token_acme': 'TokenID%3D8ed%2CexpirationTime%3D153' });
  });

  it('is empty when the cookie is missing or empty', () => {
    expect(csrfHeaderFromCookies('')).toEqual({});
    expect(csrfHeaderFromCookies('XSRF-TOKEN=abc; X-Csrf-Token_acme=')).toEqual({});
  });
});
