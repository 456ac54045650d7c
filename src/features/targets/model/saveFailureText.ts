import { renewedSince } from '../../../app/auth/sessionRenewals.ts';
import { isApiError } from '../../../api/http/ApiError.ts';
import { gatewayAnswered, gatewayStatusText } from './answerLost.ts';

export interface SaveFailureText {
  title: string;
  text: string;
  /** The page offers Reload: someone else saved meanwhile (see saveConflictText). */
  reload?: boolean;
  /** The session had expired: once signed in again, the text is signedInAgainText. */
  sessionExpired?: boolean;
  /** For an expired session: the sign-in renewals counted when the save failed. */
  renewalsAt?: number;
}

/** The failure as it reads now: signed in again since an expired session, it says so. */
export function failureNow(failure: SaveFailureText | null, renewals: number) {
  if (!failure?.sessionExpired || failure.renewalsAt === undefined) return failure;
  return renewedSince(failure.renewalsAt, renewals)
    ? { ...failure, text: signedInAgainText }
    : failure;
}

/** A failed save's text once the user has signed in again after it (the session had expired). */
export const signedInAgainText =
  'Your session had expired. You are signed in again: press Save to save your changes, which are still here.';

/**
 * What a failed Save says. Four cases need more than the error's own sentence:
 * - no answer to the save itself (the connection went): it may have been stored, so "not saved"
 *   would be wrong; saving again is safe (the save puts only the planner's changes on the group
 *   as it is then, see rebaseEdits);
 * - a proxy in front of the server answered the save (502, 504, a proxy's 503: see
 *   answerLost.ts): the same, the server may have stored it;
 * - an answer Flowdesk cannot read came with a success status, so the targets may well have been
 *   stored: "not saved" would be wrong, and the planner should look before saving again;
 * - an expired session is renewed in place (a dialog), so the banner must still be true after
 *   that: it says to press Save once signed in (and, once signed in, signedInAgainText).
 */
export function saveFailureText(
  error: unknown,
  /** The name of the row sent at an index of the body's TargetAssignments. */
  rowAt?: (index: number) => string | undefined,
  /** The save itself was sent (not only the read before it): it may have reached the server. */
  sent = false,
): SaveFailureText {
  // No answer to a save that was sent: the server may have stored it before the connection went.
  if (sent && isApiError(error) && error.kind === 'network')
    return {
      title: 'The save could not be confirmed',
      text: 'The connection to the server was lost before it answered, so the targets may or may not have been saved. Your changes are still here: check your connection, then press Save again (saving the same changes again is safe).',
    };
  if (sent && gatewayAnswered(error))
    return {
      title: 'The save could not be confirmed',
      text: `A proxy between Flowdesk and the server answered ${gatewayStatusText(error)} instead of the server, so the targets may or may not have been saved. Your changes are still here: wait a moment, then press Save again (saving the same changes again is safe).`,
    };
  if (isApiError(error) && error.kind === 'parse')
    return {
      title: 'The save could not be confirmed',
      text: `The server answered, but with data Flowdesk does not understand (${error.message}), so the targets may have been saved. Reload the page to see what the server has before saving again; your changes stay in this browser as a draft.`,
    };
  if (isApiError(error) && error.isUnauthorized)
    return {
      title: 'The targets were not saved',
      text: 'Your session had expired. Once you are signed in again, press Save: your changes are still here.',
      sessionExpired: true,
    };
  return {
    title: 'The targets were not saved',
    text: isApiError(error)
      ? namedRow(error.userMessage, rowAt)
      : error instanceof Error
        ? error.message
        : 'Saving failed.',
  };
}

/**
 * "TargetAssignments[5].Locked: you may not unlock targets" (the server names the field by its
 * place in the body, which means nothing to the planner) becomes "Olivia Grant: you may not
 * unlock targets."
 */
function namedRow(text: string, rowAt?: (index: number) => string | undefined): string {
  const m = /^TargetAssignments\[(\d+)\][^:\s]*:\s*(.+)$/s.exec(text);
  const name = m && rowAt?.(Number(m[1]));
  if (!m || !name) return text;
  return `${name}: ${m[2]}${/[.!?]$/.test(m[2]) ? '' : '.'}`;
}
