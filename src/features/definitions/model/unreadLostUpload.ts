import type { ApiError } from '../../../api/http/ApiError.ts';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { findStoredUpload } from './storedUpload.ts';
import { uploadFailureMessage } from './uploadFailure.ts';

/**
 * An upload whose answer was lost while the platform's list could not be read to check it: its
 * row says to look once the list loads again, and the page looks for the user when it does.
 */
export interface UnreadLostUpload {
  error: ApiError;
  name: string;
  /** Keys of definitions of that name when it was sent; null when the list was not loaded. */
  keysBefore: readonly string[] | null;
}

/**
 * What the list, loaded again, says of `lost`: stored (the row is uploaded), or the message for
 * not stored (Retry is safe) or still unknown. `claimedKeys`: keys other files were stored as.
 */
export function recheckLostUpload(
  lost: UnreadLostUpload,
  listNow: readonly WorkflowDefinition[],
  claimedKeys: ReadonlySet<string>,
): { stored: WorkflowDefinition } | { message: string } {
  const found = findStoredUpload(lost.name, lost.keysBefore, listNow, claimedKeys);
  if (found.outcome === 'stored') return { stored: found.definition };
  return { message: uploadFailureMessage(lost.error, lost.name, found.outcome) };
}
