import type { UnsavedAction } from '../forms/unsavedWork.ts';

/**
 * What the session-expired dialog says of the work kept on the page, and what it announces once
 * signed in again, in the words of what the page does with it: save, send an event, upload.
 */
export function sessionExpiredText(action: UnsavedAction): {
  description: string;
  renewed: string;
} {
  switch (action) {
    case 'send':
      return {
        description:
          'Sign in again to carry on. The event you typed stays on this page; send it afterwards.',
        renewed: 'Signed in again. Your event is still here: press Send event to send it.',
      };
    case 'upload':
      return {
        description:
          'Sign in again to carry on. The files not uploaded yet stay on this page; upload them afterwards.',
        renewed: 'Signed in again. Your files are still here: upload them.',
      };
    case 'save':
      return {
        description:
          'Sign in again to carry on. Your unsaved changes stay on this page; save them again afterwards.',
        renewed: 'Signed in again. Your changes are still here: save them again.',
      };
  }
}
