import { pendingSaveSuffix } from '../../../app/drafts/keptWorkKey.ts';
import { keptObjectText, readKeptObject } from '../../../app/storage/keptJson.ts';

/**
 * A save of an existing goal or option whose outcome is not known: kept in storage from just
 * before it is sent until its answer says it was stored or refused, so that when the answer is
 * lost (a proxy's 504, a dropped connection) or the page is reloaded while it is under way, the
 * editor knows what it sent. A record found stored with those values is the user's own save,
 * not someone else's.
 */
export interface PendingSave<T> {
  /** The form's values as sent. */
  sent: T;
  at: string;
}

/** The storage key for the save of the editor whose draft key is `draftKey`. */
export const pendingSaveKey = (draftKey: string) => draftKey + pendingSaveSuffix;

export function serializePendingSave<T>(sent: T, now = new Date()): string {
  return keptObjectText(1, { sent, at: now.toISOString() });
}

/** A stored pending save, or null when the text is not one this version wrote. */
export function readPendingSave<T>(
  text: string | null | undefined,
  isValues: (v: unknown) => v is T,
): PendingSave<T> | null {
  const p = readKeptObject(text, 1);
  if (!p || typeof p.at !== 'string' || !isValues(p.sent)) return null;
  return { sent: p.sent, at: p.at };
}
