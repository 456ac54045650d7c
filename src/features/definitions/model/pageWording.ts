/** What the definitions are, said first in the page's intro whoever reads it. */
const WHAT = "OSWorkflow XML files that drive the API platform's resources";

/**
 * The page's intro: what the definitions are and what this user can do with them (upload and
 * remove only for someone who may; nothing about it until the platform has said who that is).
 */
export function definitionsIntro({
  mayChange,
  signsInWithPassword,
}: {
  /** Null while the platform account is not known yet. */
  mayChange: boolean | null;
  /** Said, since the platform is another server: the Flowdesk password is sent there too. */
  signsInWithPassword: boolean;
}): string {
  const can =
    mayChange === null
      ? '.'
      : mayChange
        ? ': upload new ones, see and remove what is there.'
        : ': see and search what is there.';
  const signIn = signsInWithPassword
    ? ' This page signs you in to the API platform with the user name and password you signed in to Flowdesk with.'
    : '';
  return `${WHAT}${can}${signIn}`;
}

/**
 * What follows "Read-only:" for a platform user who may not upload or delete, as the other pages'
 * read-only notices say it: what is barred and why, then what this user can still do. `who` is
 * the platform account (it may be another than Flowdesk's), or "You".
 */
export function readOnlyNoticeText(who: string): string {
  const subject = who === 'You' ? 'you' : who;
  return `${subject} may not upload or delete workflow definitions, which needs the Site Admin role on the API platform. You can see and search the list; ask an administrator if you need a change.`;
}

/**
 * In place of upload and delete while no sign-in to the platform has worked, so it has not said
 * whether this user may change anything (it could not be reached, refused the password, or is
 * waiting for the user's own platform sign-in). Offered to no one meanwhile: a viewer never gets
 * them, and an uploader gets them once the platform answers.
 */
export function rightsUnknownText(signsInWithPassword: boolean): { title: string; text: string } {
  return {
    title: 'Upload and delete wait for the API platform',
    text: signsInWithPassword
      ? 'Flowdesk could not sign you in to the API platform, so it does not know yet whether you may upload or delete workflow definitions. Try again once the platform can be reached.'
      : 'The API platform says whether you may upload or delete workflow definitions once you are signed in to it. Try again asks for your platform user name and password.',
  };
}
