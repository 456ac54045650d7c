import type { Edits, TargetGroupLike } from './types.ts';

/** A stamp of the loaded group's content: a draft only applies to the same loaded state. */
export function groupStamp(group: TargetGroupLike): string {
  void group;
  throw new Error('not implemented');
}

/** The storage key of a draft for a group. */
export function draftKey(groupId: number): string {
  void groupId;
  throw new Error('not implemented');
}

/** Serialises edits as a draft for a group in the loaded state `stamp`. */
export function serializeDraft(groupId: number, stamp: string, edits: Edits, now?: Date): string {
  void groupId;
  void stamp;
  void edits;
  void now;
  throw new Error('not implemented');
}

export interface RestoredDraft {
  readonly edits: Edits;
  /** When the draft was written (ISO). */
  readonly savedAt: string;
}

/** Restores a draft; null when missing, corrupt, or for another group or loaded state. */
export function restoreDraft(
  text: string | null,
  groupId: number,
  stamp: string,
): RestoredDraft | null {
  void text;
  void groupId;
  void stamp;
  throw new Error('not implemented');
}
