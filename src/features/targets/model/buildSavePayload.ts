import type { Edits, TargetGroupLike } from './types.ts';

/**
 * The SaveTargetGroup body: the loaded group as it was (unknown properties kept) with each edited
 * assignment's Values and Locked replaced. Unchanged assignments are the same objects (no copy).
 * Negative (new, unsaved) assignment ids are sent as 0.
 */
export function buildSavePayload<G extends TargetGroupLike>(group: G, edits: Edits): G {
  void group;
  void edits;
  throw new Error('not implemented');
}
