import type { AuthScheme } from '../../api/session/connection.ts';

/**
 * What a sign-in refused by the server (401) says. Signing in again after the session expired
 * (`renewal`) is for the same user, whose name is shown and cannot be changed, so only the
 * password (or the new ticket or token, when one was given) can be wrong.
 */
export function refusedCredentialsText(
  scheme: AuthScheme,
  renewal?: { credentialGiven: boolean },
): string {
  if (renewal) {
    if (!renewal.credentialGiven) return 'Wrong password.';
    const what = scheme === 'bearer' ? 'access token' : 'ticket';
    return `The server did not accept this ${what}. Check it and try again.`;
  }
  return scheme === 'soticket' || scheme === 'bearer'
    ? 'The server did not accept these credentials. Check the ticket or token, or the user name and password.'
    : 'Wrong user name or password.';
}
