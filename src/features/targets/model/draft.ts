import type { AssignmentEdit, Edits, TargetGroupLike } from './types.ts';

/**
 * A stamp of the loaded group's content (FNV-1a over ids, value bits and locks). A draft applies
 * only to the same loaded state: if someone saved in between, the draft is stale and not offered.
 * Hashes the doubles' bits, so 10,000 × 12 values cost about a millisecond.
 */
export function groupStamp(group: TargetGroupLike): string {
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  let h = 0x811c9dc5;
  const mix = (n: number) => {
    h = Math.imul(h ^ n, 0x01000193);
  };
  mix(group.TargetGroupId | 0);
  for (const a of group.TargetAssignments ?? []) {
    mix(a.TargetAssignmentInfoId | 0);
    mix(a.Locked ? 1 : 2);
    for (const v of a.Values) {
      f64[0] = v;
      mix(u32[0]);
      mix(u32[1]);
    }
  }
  return `${(group.TargetAssignments ?? []).length}-${(h >>> 0).toString(36)}`;
}

/** The storage key of a draft for a group. */
export function draftKey(groupId: number): string {
  return `flowdesk.targets.draft.${groupId}`;
}

interface DraftJson {
  v: 1;
  groupId: number;
  stamp: string;
  savedAt: string;
  edits: [number, number[], boolean][];
}

/** Serialises edits as a draft for a group in the loaded state `stamp`. */
export function serializeDraft(
  groupId: number,
  stamp: string,
  edits: Edits,
  now: Date = new Date(),
): string {
  const json: DraftJson = {
    v: 1,
    groupId,
    stamp,
    savedAt: now.toISOString(),
    edits: [...edits].map(([id, e]) => [id, [...e.values], e.locked]),
  };
  return JSON.stringify(json);
}

export interface RestoredDraft {
  readonly edits: Edits;
  /** When the draft was written (ISO). */
  readonly savedAt: string;
}

const isEntry = (e: unknown): e is [number, number[], boolean] =>
  Array.isArray(e) &&
  e.length === 3 &&
  Number.isInteger(e[0]) &&
  Array.isArray(e[1]) &&
  e[1].every((v: unknown) => typeof v === 'number' && Number.isFinite(v)) &&
  typeof e[2] === 'boolean';

/** Restores a draft; null when missing, corrupt, or for another group or loaded state. */
export function restoreDraft(
  text: string | null,
  groupId: number,
  stamp: string,
): RestoredDraft | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object') return null;
  const d = json as Partial<DraftJson>;
  if (d.v !== 1 || d.groupId !== groupId || d.stamp !== stamp || typeof d.savedAt !== 'string')
    return null;
  if (!Array.isArray(d.edits) || !d.edits.every(isEntry)) return null;
  const edits = new Map<number, AssignmentEdit>(
    d.edits.map(([id, values, locked]) => [id, { values, locked }]),
  );
  return { edits, savedAt: d.savedAt };
}
