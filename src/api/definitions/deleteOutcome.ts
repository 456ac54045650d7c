import { isApiError } from '../http/ApiError.ts';
import type { WorkflowDefinition } from './schemas.ts';

/** What a delete achieved: removed now, or already gone (someone else deleted it first). */
export type DeleteOutcome = 'deleted' | 'already-gone';

/**
 * Runs a delete and treats 404 as success: the definition is not on the platform either way, so
 * the page can drop it from the list instead of offering to delete it again.
 */
export async function deleteTreatingNotFoundAsGone(
  run: () => Promise<unknown>,
): Promise<DeleteOutcome> {
  try {
    await run();
    return 'deleted';
  } catch (e) {
    if (isApiError(e) && e.isNotFound) return 'already-gone';
    throw e;
  }
}

/** A cached list without the definition of that key (the same list when it is not in it). */
export function withoutDefinition(
  list: WorkflowDefinition[] | undefined,
  key: string,
): WorkflowDefinition[] | undefined {
  if (!list?.some((d) => d.Key === key)) return list;
  return list.filter((d) => d.Key !== key);
}
