import { isApiError, type ApiError } from '../../../api/http/ApiError.ts';
import { gatewayStatusText } from '../../../api/http/gatewayStatus.ts';
import { formatBytes } from './fileRules.ts';
import { refusedUploadMessage } from './refusedUpload.ts';
import { serverSaid } from '../../../api/http/refusalText.ts';
import { isServerFailure } from '../../../api/http/serverFailure.ts';

/**
 * The platform refused the file for its size (413): its limit is below what this page allows, so
 * sending the same file again cannot succeed.
 */
export const isRefusedForSize = (e: unknown) =>
  isApiError(e) && e.kind === 'http' && e.status === 413;

/** What a file refused for its size tells the user: why, and what can be done instead of Retry. */
export function refusedForSizeMessage(e: unknown, bytes: number): string {
  const detail = isApiError(e) && e.message ? ` (“${e.message}”)` : '';
  return `The platform refused this file’s size, ${formatBytes(bytes)}${detail}: it accepts less than this page does, so sending it again will not help. Make the file smaller (for example, split the workflow into several definitions), or ask the platform’s administrator to raise its upload limit.`;
}

/**
 * The upload's answer says nothing of whether the file was stored (ApiError.outcomeUnknown: a
 * dropped connection, an unreadable answer, a proxy's 502 or 504). Only the platform's list can
 * tell.
 */
const isAnswerLost = (e: unknown): boolean => isApiError(e) && e.outcomeUnknown;

/**
 * The platform itself answered that storing failed (500 and the like): it may have failed after
 * writing the definition, so this answer cannot say Retry is safe (the app's one rule for that,
 * isServerFailure).
 */
export const isPlatformFailure: (e: ApiError) => boolean = isServerFailure;

/**
 * Whether the file may have been stored although the upload failed: its answer was lost (see
 * `isAnswerLost`) or the platform failed while storing it. Only the platform's list can tell.
 */
export const mayHaveBeenStored = (e: unknown): boolean =>
  isAnswerLost(e) || (isApiError(e) && isPlatformFailure(e));

/**
 * Whether the platform's list, read after the failure, shows the file stored (see storedUpload.ts);
 * `listUnread` when the list could not be read either.
 */
export type StoredAfterFailure = 'notStored' | 'unknown' | 'listUnread';

/**
 * How an answer that cannot tell whether the file was stored is told, up to where the message
 * says it may have been: "…, so the file may have been stored" for a lost answer.
 */
function mayBeStoredText(e: ApiError, name: string): string {
  if (isPlatformFailure(e))
    return `${platformFailedText(e, name)}. It may have failed after storing the file`;
  return `${lostAnswerText(e)}, so the file may have been stored`;
}

/** The platform's own failure, with its message: "The platform failed while storing “X” (500): …". */
const platformFailedText = (e: ApiError, name: string) =>
  `The platform failed while storing ${name === 'it' ? 'the file' : `“${name}”`}${serverSaid(e.status, e.message)}`;

/** How a lost answer is told, in the words the rest of the message follows. */
function lostAnswerText(e: ApiError): string {
  if (e.kind === 'parse')
    // The schema's detail ("Key: expected string") means nothing to the user: left out.
    return 'The platform answered, but Flowdesk could not read its answer';
  if (e.kind === 'network')
    // The only network failure an upload has ("the connection failed") would repeat this.
    return 'The connection was lost during the upload';
  // The proxy's page ("504 Gateway Time-out") says nothing more than its status does.
  return `A proxy between Flowdesk and the platform answered ${gatewayStatusText(e.status)} instead of the platform`;
}

/**
 * What a failed upload tells the user: for a 400, 403 and the rest, the platform's refusal in
 * sentences with its own message (refusedUploadMessage). When the answer was lost (the connection
 * dropped, a proxy answered), unreadable, or the platform failed while storing (a 500), the file
 * may have been stored: the platform's list read afterwards tells whether Retry is safe
 * (`notStored`) or could add it twice.
 */
export function uploadFailureMessage(
  e: unknown,
  name = 'it',
  stored: StoredAfterFailure = 'unknown',
): string {
  if (!isApiError(e)) return e instanceof Error ? e.message : 'The upload failed.';
  if (e.isUnauthorized) return 'The platform sign-in was not renewed. Retry to sign in again.';
  if (!mayHaveBeenStored(e))
    return e.kind === 'http'
      ? refusedUploadMessage(e, name === 'it' ? undefined : name)
      : e.userMessage;
  if (stored === 'notStored' && isPlatformFailure(e))
    return `${platformFailedText(e, name)}. The platform’s list has no new definition named “${name}”, so it was not stored: Retry to send it again. If it fails again, tell the platform’s administrator.`;
  const what = lostAnswerText(e);
  if (stored === 'notStored' && e.fromGateway)
    // The proxy stopped waiting, not the platform: it may still be storing the file.
    return `${what}. The platform’s list has no new definition named “${name}” yet, but the platform may still be storing it: in a minute, reload the page and look for it in the list before retrying, or it may be added twice.`;
  if (stored === 'notStored')
    return `${what}. The platform’s list has no new definition named “${name}”, so it was not stored: Retry to send it again.`;
  const maybe = mayBeStoredText(e, name);
  if (stored === 'listUnread')
    // The page reads the list again itself (useUploadBatch, useRecheckWhileUnread); Retry waits.
    return `${maybe}. The list could not be read to check: Flowdesk reads it again by itself, and this row will then say whether “${name}” was stored. Retry waits until then, as it could add the file twice.`;
  return `${maybe}. Look for “${name}” in the list below before retrying, or it may be added twice.`;
}
