import { isApiError } from '../http/ApiError.ts';

/** What a goal or option delete achieved: removed now, or already gone before this one. */
export type WorkflowDeleteResult = 'deleted' | 'already-gone';

/** A delete answered 404 for a record the tenant still has: nothing was deleted. */
export class DeleteAnsweredNotFoundButStillThere extends Error {
  constructor(what: string, cause: unknown) {
    super(
      `The server answered that the ${what} was not found, yet it still has it, so it was not deleted. Reload the page and try again; if it keeps happening, tell your administrator.`,
      { cause },
    );
    this.name = 'DeleteAnsweredNotFoundButStillThere';
  }
}

/**
 * Runs a delete and counts a 404 as done once reading the record again answers 404 too: the
 * record is gone either way (an earlier try whose answer was lost, or someone else, removed it),
 * so the editor can leave it instead of offering to delete it again. A tenant also answers 404
 * to an agent method it does not have; a record still readable then was not deleted. When the
 * record cannot be read again for another reason, the delete's 404 stands as the error.
 */
export async function deleteOrFindGone(
  what: string,
  remove: () => Promise<unknown>,
  readAgain: () => Promise<unknown>,
): Promise<WorkflowDeleteResult> {
  try {
    await remove();
    return 'deleted';
  } catch (e) {
    if (!(isApiError(e) && e.isNotFound)) throw e;
    const gone = await readAgain().then(
      () => false,
      (again: unknown) => (isApiError(again) && again.isNotFound ? true : null),
    );
    if (gone === null) throw e;
    if (!gone) throw new DeleteAnsweredNotFoundButStillThere(what, e);
    return 'already-gone';
  }
}
