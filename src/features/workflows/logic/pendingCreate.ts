import { pendingCreateSuffix } from '../../../app/drafts/keptWorkKey.ts';
import { keptObjectText, readKeptObject } from '../../../app/storage/keptJson.ts';

/**
 * A create whose outcome is not known: the answer to Save on a new goal or option was lost
 * (the connection dropped, or the page was reloaded while it was under way), so the record may
 * have been stored. Kept in storage from just before the create is sent until its answer says
 * it was stored (or refused), it holds the ids of the flow's records of that kind before the
 * create and the values sent, so the next Save first looks for a record that was not there
 * before and carries the same name, instead of creating a second copy.
 */
export interface PendingCreate<T> {
  /** Ids of the records that were there before the create was sent. */
  knownIds: number[];
  /** The form's values as sent. */
  sent: T;
  at: string;
}

/** The storage key for the create of the editor whose draft key is `draftKey`. */
export const pendingCreateKey = (draftKey: string) => draftKey + pendingCreateSuffix;

export function serializePendingCreate<T>(
  knownIds: readonly number[],
  sent: T,
  now = new Date(),
): string {
  return keptObjectText(1, { knownIds, sent, at: now.toISOString() });
}

/** A stored pending create, or null when the text is not one this version wrote. */
export function readPendingCreate<T>(
  text: string | null | undefined,
  isValues: (v: unknown) => v is T,
): PendingCreate<T> | null {
  const p = readKeptObject(text, 1);
  if (!p || typeof p.at !== 'string' || !Array.isArray(p.knownIds)) return null;
  if (!p.knownIds.every((id) => typeof id === 'number') || !isValues(p.sent)) return null;
  return { knownIds: p.knownIds as number[], sent: p.sent, at: p.at };
}

/**
 * The record the lost create most likely stored: one that was not there before (its id is not
 * in `knownIds`) and that `matches` (the same name); the newest when there are several.
 */
export function findCreated<I>(
  items: readonly I[],
  knownIds: readonly number[],
  idOf: (item: I) => number,
  matches: (item: I) => boolean,
): I | null {
  const known = new Set(knownIds);
  let found: I | null = null;
  for (const item of items)
    if (!known.has(idOf(item)) && matches(item) && (found === null || idOf(item) > idOf(found)))
      found = item;
  return found;
}

/**
 * The record the pending create `earlier` most likely stored: matched on the values that create
 * SENT, not on the form as it is now (it may have been renamed since).
 */
export function findEarlierCreate<T, I>(
  items: readonly I[],
  earlier: PendingCreate<T>,
  idOf: (item: I) => number,
  sameName: (item: I, values: T) => boolean,
): I | null {
  return findCreated(items, earlier.knownIds, idOf, (i) => sameName(i, earlier.sent));
}
