import { describe, expect, it } from 'vitest';
import { refusedCredentialsText } from './refusedCredentialsText.ts';

describe('refusedCredentialsText', () => {
  it('on the sign-in page, names what the user typed there', () => {
    expect(refusedCredentialsText('basic')).toBe('Wrong user name or password.');
    expect(refusedCredentialsText('session')).toBe('Wrong user name or password.');
    expect(refusedCredentialsText('soticket')).toBe(
      'The server did not accept these credentials. Check the ticket or token, or the user name and password.',
    );
  });

  it('when signing in again as the same user, names only what could be wrong: not the user name', () => {
    expect(refusedCredentialsText('basic', { credentialGiven: false })).toBe('Wrong password.');
    expect(refusedCredentialsText('session', { credentialGiven: false })).toBe('Wrong password.');
    expect(refusedCredentialsText('soticket', { credentialGiven: false })).toBe('Wrong password.');
    expect(refusedCredentialsText('soticket', { credentialGiven: true })).toBe(
      'The server did not accept this ticket. Check it and try again.',
    );
    expect(refusedCredentialsText('bearer', { credentialGiven: true })).toBe(
      'The server did not accept this access token. Check it and try again.',
    );
  });
});
