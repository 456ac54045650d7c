import { describe, expect, it } from 'vitest';
import { csrfHeaderFromCookies, fedMemberSetBetween } from './csrf.ts';

const stale = 'X-Csrf-Token_acmepaymentscorp=TokenID%3Dstale%2CexpirationTime%3D9';
const current = 'X-Csrf-Token_flowdesk=TokenID%3Dnew%2CexpirationTime%3D9';

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

  // A stale cookie of another platform, listed first as the older one, was sent and refused.
  it('takes the signed-in fedmember’s cookie beside a stale one of another fedmember', () => {
    expect(csrfHeaderFromCookies(`${stale}; ${current}`, 'flowdesk')).toEqual({
      'X-Csrf-Token_flowdesk': 'TokenID%3Dnew%2CexpirationTime%3D9',
    });
    expect(csrfHeaderFromCookies(`${current}; ${stale}`, 'flowdesk')).toEqual({
      'X-Csrf-Token_flowdesk': 'TokenID%3Dnew%2CexpirationTime%3D9',
    });
  });

  it('sends nothing when the signed-in fedmember’s cookie is gone, so the 401 leads to a sign-in', () => {
    expect(csrfHeaderFromCookies(stale, 'flowdesk')).toEqual({});
  });

  it('takes the newest cookie, listed last, when the fedmember is not known', () => {
    expect(csrfHeaderFromCookies(`${stale}; ${current}`)).toEqual({
      'X-Csrf-Token_flowdesk': 'TokenID%3Dnew%2CexpirationTime%3D9',
    });
  });
});

describe('fedMemberSetBetween', () => {
  it('names the fedmember whose CSRF cookie a sign-in set or renewed', () => {
    expect(fedMemberSetBetween(stale, `${stale}; ${current}`)).toBe('flowdesk');
    expect(
      fedMemberSetBetween(
        `${current}; ${stale}`,
        `${current}; X-Csrf-Token_acmepaymentscorp=TokenID%3Dfresh`,
      ),
    ).toBe('acmepaymentscorp');
  });

  it('is null when the sign-in set no CSRF cookie', () => {
    expect(fedMemberSetBetween(stale, stale)).toBeNull();
  });
});
