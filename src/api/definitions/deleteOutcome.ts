import { isApiError } from '../http/ApiError.ts';
import type { WorkflowDefinition } from './schemas.ts';

/** What a delete achieved: removed now, or already gone (someone else deleted it first). */
export type DeleteOutcome = 'deleted' | 'already-gone';

/** A delete answered 404 for a definition the platform still lists: nothing was deleted. */
export class DeleteRefusedAsNotFound extends Error {
  constructor(cause: unknown) {
    super(
      'The platform answered that the definition was not found, yet it still lists it, so it was not deleted. Reload the page and try again; if it keeps happening, tell your administrator.',
      { cause },
    );
    this.name = 'DeleteRefusedAsNotFound';
  }
}

/**
 * Runs a delete and treats 404 as success once the platform no longer lists the definition: it
 * is not on the platform either way, so the page can drop it from the list instead of offering to
 * delete it again. The platform also answers 404 to a request it refused unread (a wrong Accept,
 * content type or verb, AK-HTTP); a definition still listed then was not deleted, and the 404
 * says nothing about someone else. When the list cannot be read, the 404 has the last word.
 */
export async function deleteTreatingNotFoundAsGone(
  run: () => Promise<unknown>,
  isStillListed: () => Promise<boolean>,
): Promise<DeleteOutcome> {
  try {
    await run();
    return 'deleted';
  } catch (e) {
    if (!(isApiError(e) && e.isNotFound)) throw e;
    if (await isStillListed().catch(() => false)) throw new DeleteRefusedAsNotFound(e);
    return 'already-gone';
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
