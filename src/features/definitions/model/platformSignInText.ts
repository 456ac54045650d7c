import type { PlatformSignInReason } from '../../../api/definitions/platformSession.ts';

export interface PlatformSignInText {
  title: string;
  description: string;
  submit: string;
}

/**
 * What the platform sign-in dialog says: "again" only to a user whose platform session worked
 * and ended. A user signed in to Flowdesk with a ticket or token never had one, and is told why
 * the platform asks.
 */
export function platformSignInText(reason: PlatformSignInReason): PlatformSignInText {
  return reason === 'ended'
    ? {
        title: 'Sign in to the API platform again',
        description:
          'Your session on the API platform has ended. Sign in again and Flowdesk retries what it was doing.',
        submit: 'Sign in and retry',
      }
    : {
        title: 'Sign in to the API platform',
        description:
          'The workflow definitions are on the API platform, which has its own sign-in. Sign in with your platform user name and password, and Flowdesk goes on with what it was doing.',
        submit: 'Sign in and continue',
      };
}
