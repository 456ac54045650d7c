import { editsAfterSave } from '../model/editsAfterSave.ts';
import type { Edits, TargetAssignmentLike } from '../model/types.ts';

/** A save under way: what it sent, and how to read the edits the user has made since. */
interface SaveUnderWay {
  readonly loaded: ReadonlyMap<number, TargetAssignmentLike>;
  readonly sent: Edits;
  readonly latest: () => Edits;
}

const underWay = new Map<string, SaveUnderWay>();

/**
 * A successful save shows the saved group in a new workspace; edits the user made while the save
 * was under way must not be lost with the old one. The saving workspace registers its save here
 * (`key`: group and user); the workspace that shows the saved group takes the edits still unsaved
 * (`carriedEdits`) and ends it. A failed save ends it too.
 */
export function startSave(key: string, save: SaveUnderWay): () => void {
  underWay.set(key, save);
  return () => {
    if (underWay.get(key) === save) underWay.delete(key);
  };
}

/** The edits made during the registered save of `key`, over the saved state (none: undefined). */
export function carriedEdits(key: string): Edits | undefined {
  const s = underWay.get(key);
  if (!s) return undefined;
  const carried = editsAfterSave(s.loaded, s.sent, s.latest());
  return carried.size > 0 ? carried : undefined;
}

/** The saved group is shown: the registered save of `key` is over. */
export function endSave(key: string): void {
  underWay.delete(key);
}
