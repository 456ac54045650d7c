import { keptWorkKey } from '../../../app/drafts/keptWorkKey.ts';
import { readKeptObject } from '../../../app/storage/keptJson.ts';
import { draftPageJson, type DraftPage } from './draftPage.ts';
import { ownChangesOnTop, type OwnRow } from './ownChangesOnTop.ts';
import type { AssignmentEdit, Edits, TargetGroupLike } from './types.ts';

/**
 * A stamp of the loaded group's content (FNV-1a over ids, value bits and locks). A draft made on
 * the same loaded state applies as it is; if someone saved in between, its changes are rebased.
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

/**
 * Who a draft belongs to: the server and the user signed in to it (user names compare without
 * case). Drafts are kept per owner, so another user signing in on the same browser never gets
 * someone else's unsaved values. The same owner as the editors' drafts: sign-out forgets both
 * by it (app/drafts/keptWork.ts).
 */
export { editorDraftOwner as draftOwner } from '../../../app/drafts/editorDraft.ts';

/**
 * The storage key of `owner`'s draft for a group from before drafts were kept per tab
 * (tabDraftKeys): such a draft is taken on once by the next tab to open the group.
 */
export function draftKey(groupId: number, owner: string): string {
  return keptWorkKey('targetsDraft', groupId, owner);
}

/** What a row was when the user began editing it: what their changes are measured against. */
export interface DraftBase {
  readonly values: readonly number[];
  readonly locked: boolean;
}

/** One edited row: its values and lock now, and as loaded when the edit was made. */
type DraftEntry = [
  id: number,
  values: number[],
  locked: boolean,
  base: number[],
  baseLocked: boolean,
];

interface DraftJson {
  v: 2;
  groupId: number;
  stamp: string;
  savedAt: string;
  edits: DraftEntry[];
  /** A save of these edits had started then (ISO) and had not answered yet. */
  saving?: string;
  /** Cells the tab changed and set back to the value loaded: [assignment id, period]. */
  reverted?: [number, number][];
  /** The page the draft was written on (draftPage), for a link back to it. */
  page?: ReturnType<typeof draftPageJson>;
}

/**
 * Serialises edits as a draft for a group in the loaded state `stamp`, each with the row as
 * loaded (`baseOf`), so the draft can still be applied after someone else saves the group.
 */
export function serializeDraft(
  groupId: number,
  stamp: string,
  edits: Edits,
  baseOf: (id: number) => DraftBase | undefined,
  now: Date = new Date(),
  /** When a save of these edits started, while it is under way. */
  savingSince?: string,
  /** Cells changed and set back to the value loaded (changedBack), so they win over older drafts. */
  reverted: readonly DraftCell[] = [],
  /** The page (year and target type) the group is on, for the sign-out question's link. */
  page?: DraftPage,
): string {
  const json: DraftJson = {
    ...(page && { page: draftPageJson(page) }),
    ...(savingSince && { saving: savingSince }),
    ...(reverted.length > 0 && {
      reverted: reverted.map((c): [number, number] => [c.assignmentId, c.period]),
    }),
    v: 2,
    groupId,
    stamp,
    savedAt: now.toISOString(),
    edits: [...edits].map(([id, e]) => {
      const base = baseOf(id);
      return [
        id,
        [...e.values],
        e.locked,
        [...(base?.values ?? e.values)],
        base?.locked ?? e.locked,
      ];
    }),
  };
  return JSON.stringify(json);
}

/** One cell of the group: an assignment's value for a period. */
export interface DraftCell {
  readonly assignmentId: number;
  readonly period: number;
}

/** A cell both the draft and someone else changed since (the draft's value is kept). */
export type DraftConflict = DraftCell;

export interface RestoredDraft {
  readonly edits: Edits;
  /** When the draft was written (ISO). */
  readonly savedAt: string;
  /** The group was saved by someone else since: the draft's changes went on top of theirs. */
  readonly rebased: boolean;
  readonly conflicts: readonly DraftConflict[];
  /** Rows whose changes could not be kept: gone, locked or read-only for the user since. */
  readonly dropped: readonly number[];
  /**
   * The group's period type changed since (periods a year, then and now): the draft's values,
   * one per old period, do not fit the new periods, so they were not restored.
   */
  readonly periodsChanged?: { readonly from: number; readonly to: number };
  /**
   * The page was left while a save of these edits was under way (since then, ISO): it may have
   * been stored after all.
   */
  readonly savingSince?: string;
  /**
   * Cells the tab changed and then set back to the value loaded: its latest word on them, which
   * an older draft of another tab must not undo (mergeDrafts).
   */
  readonly reverted?: readonly DraftCell[];
}

const isNumbers = (v: unknown): v is number[] =>
  Array.isArray(v) && v.every((x: unknown) => typeof x === 'number' && Number.isFinite(x));

const isEntry = (e: unknown): e is DraftEntry =>
  Array.isArray(e) &&
  e.length === 5 &&
  Number.isInteger(e[0]) &&
  isNumbers(e[1]) &&
  typeof e[2] === 'boolean' &&
  isNumbers(e[3]) &&
  e[3].length === e[1].length &&
  typeof e[4] === 'boolean';

/** The cells a draft says were set back, as a RestoredDraft field (none when unreadable). */
function revertedOf(v: unknown): { reverted?: DraftCell[] } {
  if (!Array.isArray(v)) return {};
  const cells = (v as unknown[]).filter(
    (c): c is [number, number] =>
      Array.isArray(c) && c.length === 2 && Number.isInteger(c[0]) && Number.isInteger(c[1]),
  );
  return cells.length > 0
    ? { reverted: cells.map(([assignmentId, period]) => ({ assignmentId, period })) }
    : {};
}

/**
 * Restores a draft; null when missing, corrupt or for another group. When the group changed
 * since (another stamp), the draft's own changes (cells and locks that differ from the row as it
 * was loaded then) are put on the rows as they are now (draftOnTop).
 */
export function restoreDraft(
  text: string | null,
  groupId: number,
  stamp: string,
  currentOf: (id: number) => DraftBase | undefined,
): RestoredDraft | null {
  const kept = readKeptObject(text);
  if (!kept) return null;
  const d = kept as Partial<DraftJson>;
  if (d.groupId !== groupId || typeof d.stamp !== 'string') return null;
  if (typeof d.savedAt !== 'string') return null;
  // A draft written before rows carried their loaded values: still good for the same state.
  if ((d as { v?: unknown }).v === 1 && d.stamp === stamp && Array.isArray(d.edits)) {
    const v1 = d.edits as unknown[];
    const ok = v1.every(
      (e) =>
        Array.isArray(e) &&
        e.length === 3 &&
        Number.isInteger(e[0]) &&
        isNumbers(e[1]) &&
        typeof e[2] === 'boolean',
    );
    if (!ok) return null;
    const edits = new Map<number, AssignmentEdit>(
      (v1 as [number, number[], boolean][]).map(([id, values, locked]) => [id, { values, locked }]),
    );
    return { edits, savedAt: d.savedAt, rebased: false, conflicts: [], dropped: [] };
  }
  if (d.v !== 2) return null;
  if (!Array.isArray(d.edits) || !d.edits.every(isEntry)) return null;
  const savedAt = d.savedAt;
  const saving = {
    ...(typeof d.saving === 'string' && { savingSince: d.saving }),
    ...revertedOf(d.reverted),
  };
  if (d.stamp === stamp) {
    const edits = new Map<number, AssignmentEdit>(
      d.edits.map(([id, values, locked]) => [id, { values, locked }]),
    );
    return { edits, savedAt, rebased: false, conflicts: [], dropped: [], ...saving };
  }
  const own = d.edits.map(([id, values, locked, base, baseLocked]) => ({
    id,
    base: { values: base, locked: baseLocked },
    mine: { values, locked },
  }));
  return { savedAt, ...draftOnTop(own, currentOf), ...saving };
}

/**
 * The planner's unsaved changes put on the rows as they are now (ownChangesOnTop), in a draft's
 * terms: cells both changed are kept as the planner's (the user last saw them) and named; rows
 * gone or locked since are dropped and named; a new period count is said once. For a restored
 * draft, and for Reload after a save conflict (the edits from memory).
 */
export function draftOnTop(
  own: Iterable<OwnRow>,
  currentOf: (id: number) => DraftBase | undefined,
): Omit<RestoredDraft, 'savedAt'> {
  const { rows, conflicts } = ownChangesOnTop(own, currentOf);
  const cells: DraftConflict[] = [];
  const dropped: number[] = [];
  let periodsChanged: RestoredDraft['periodsChanged'];
  for (const c of conflicts) {
    if (c.kind === 'cell') cells.push({ assignmentId: c.assignmentId, period: c.period });
    else if (c.kind === 'periods') periodsChanged = { from: c.from, to: c.to };
    else dropped.push(c.assignmentId);
  }
  return {
    edits: rows,
    rebased: true,
    conflicts: cells,
    dropped,
    ...(periodsChanged && { periodsChanged }),
  };
}

/**
 * A restored draft without its changes to rows the user may no longer change by the rights the
 * server sends for them now (`readOnly`, see rowRestriction): a row moved to another user group
 * since, say. They are named as dropped, as rows removed or locked since are; put back, they
 * could only make the next Save fail.
 */
export function withoutReadOnlyRows(
  draft: RestoredDraft,
  readOnly: (assignmentId: number) => boolean,
): RestoredDraft {
  const gone = [...draft.edits.keys()].filter(readOnly);
  if (gone.length === 0) return draft;
  const edits = new Map(draft.edits);
  for (const id of gone) edits.delete(id);
  return {
    ...draft,
    edits,
    conflicts: draft.conflicts.filter((c) => edits.has(c.assignmentId)),
    dropped: [...draft.dropped, ...gone],
  };
}
