import type { WorkflowDefinition } from '../../../api/definitions/schemas.ts';
import type { BatchRow, SentAs } from './batchRow.ts';
import { findStoredUpload } from './storedUpload.ts';

const reloaded = 'The page was reloaded while this file was uploading';

/**
 * A file put back after a reload that cut its upload off (its answer never came): the platform
 * may have stored it. Looked up by the name it was sent with in the platform's list read after
 * the reload (`listNow`, null when it could not be read), as after a lost answer (storedUpload.ts):
 * - stored: the row is uploaded, with that definition, and no upload sends it again;
 * - not stored: the row is ready, as any restored file, and says why it may be sent again;
 * - a definition of that name that may or may not be this file, or no list: the row is failed
 *   (Retry), saying the outcome is unknown and how to check, since sending it could add it twice.
 */
export function restoredUploadPatch(
  sent: SentAs,
  listNow: readonly WorkflowDefinition[] | null,
  claimedKeys: ReadonlySet<string>,
):
  | { stored: WorkflowDefinition; patch: Partial<BatchRow> }
  | { stored: null; patch: Partial<BatchRow> } {
  const name = sent.name;
  if (!listNow)
    return {
      stored: null,
      patch: {
        sent: null,
        status: 'failed',
        error: `${reloaded}, and the platform’s list could not be read, so Flowdesk cannot tell whether it was stored. Once the list below loads again (press its Try again), look for “${name}” in it before retrying, or it may be added twice.`,
      },
    };
  const found = findStoredUpload(name, sent.keysBefore, listNow, claimedKeys);
  if (found.outcome === 'stored')
    return {
      stored: found.definition,
      patch: {
        sent: null,
        status: 'done',
        progress: 1,
        result: found.definition,
        note: `${reloaded}. The platform had stored it as “${found.definition.Name}”, so it is not uploaded again.`,
      },
    };
  if (found.outcome === 'notStored')
    return {
      stored: null,
      patch: {
        sent: null,
        note: `${reloaded}. The platform’s list has no new definition named “${name}”, so it was not stored: upload it again.`,
      },
    };
  return {
    stored: null,
    patch: {
      sent: null,
      status: 'failed',
      error: `${reloaded}, so it may have been stored: the platform’s list has a definition named “${name}” that may or may not be this file. Look for “${name}” in the list below before retrying, or it may be added twice.`,
    },
  };
}
