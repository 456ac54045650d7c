import type { QueryClient } from '@tanstack/react-query';
import { isApiError, type ApiError } from '../../../api/http/ApiError.ts';
import { definitionsListQuery } from '../../../api/definitions/hooks.ts';
import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import { findStoredUpload } from '../model/storedUpload.ts';
import { mayHaveBeenStored, type StoredAfterFailure } from '../model/uploadFailure.ts';

/**
 * An upload whose answer was lost or unreadable, or that the platform failed while storing, and
 * what the platform's list says of it.
 */
export class UploadAnswerLost extends Error {
  constructor(
    readonly error: ApiError,
    readonly stored: StoredAfterFailure,
    /** What was sent: with `listUnread`, to check once the list loads again. */
    readonly sent?: SentUpload,
  ) {
    super(error.message);
  }
}

export interface SentUpload {
  name: string;
  /** Keys of definitions of that name when it was sent; null when the list was not loaded. */
  keysBefore: readonly string[] | null;
  /** Keys other files of the batch were stored as. */
  claimedKeys: ReadonlySet<string>;
}

/**
 * After an upload failed without a refusal from the platform (the connection dropped, the answer
 * could not be read, a proxy answered instead of the platform, or the platform failed with a 500
 * perhaps after writing it), the platform may have stored the file all the same: the list, read
 * afresh, says whether. Resolves the stored definition,
 * else rejects with `UploadAnswerLost`; any other failure is passed on as it is.
 */
export async function confirmLostUpload(
  error: unknown,
  sent: SentUpload,
  queryClient: QueryClient,
): Promise<WorkflowDefinition> {
  if (!isApiError(error) || !mayHaveBeenStored(error)) throw error;
  let listNow: WorkflowDefinition[];
  try {
    listNow = await queryClient.fetchQuery({ ...definitionsListQuery(null), staleTime: 0 });
  } catch {
    throw new UploadAnswerLost(error, 'listUnread', sent);
  }
  const found = findStoredUpload(sent.name, sent.keysBefore, listNow, sent.claimedKeys);
  if (found.outcome === 'stored') return found.definition;
  throw new UploadAnswerLost(error, found.outcome);
}
