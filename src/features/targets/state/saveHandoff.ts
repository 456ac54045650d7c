import type { GridView } from '../grid/types.ts';
import { draftOnTop, type RestoredDraft } from '../model/draft.ts';
import { changesDuringSave } from '../model/editsAfterSave.ts';
import type { Edits, TargetAssignmentLike } from '../model/types.ts';

/** A save under way: what it sent, how to read the edits made since, and where the user was. */
interface SaveUnderWay {
  readonly loaded: ReadonlyMap<number, TargetAssignmentLike>;
  readonly sent: Edits;
  readonly latest: () => Edits;
  readonly view: () => GridView | undefined;
  /**
   * Not a save but a Reload after a conflict: the planner's edits are put on the group as read
   * again (`saved`), as a restored draft's are, from memory (so also when the browser keeps no
   * draft).
   */
  readonly reloaded?: (saved: readonly TargetAssignmentLike[]) => RestoredDraft | null;
}

/** What the view of the saved group takes over from the one that saved it. */
export interface TakenOver {
  /** Edits made while the save was under way (none: undefined). */
  readonly edits: Edits | undefined;
  /** The selection and scroll to show the saved group at. */
  readonly view: GridView | undefined;
  /**
   * After a Reload, or a save during which the user changed what someone else had changed: the
   * edits put on the group shown now, for the draft notice.
   */
  readonly restored?: RestoredDraft;
}

const underWay = new Map<string, SaveUnderWay>();

/**
 * A successful save shows the saved group in a new workspace; the user must not lose their place,
 * nor the edits made while the save was under way, with the old one. The saving workspace
 * registers its save here (`key`: group and user); the workspace that shows the saved group takes
 * it over (`takeOver`) and ends it. A failed save ends it too.
 */
export function startSave(key: string, save: SaveUnderWay): () => void {
  underWay.set(key, save);
  return () => {
    if (underWay.get(key) === save) underWay.delete(key);
  };
}

/**
 * The registered save of `key`: edits still unsaved over the saved state (`saved`: the rows the
 * saved group shows, whose values someone else saved meanwhile stay), and the view.
 */
export function takeOver(
  key: string,
  saved?: readonly TargetAssignmentLike[],
): TakenOver | undefined {
  const s = underWay.get(key);
  if (!s) return undefined;
  if (s.reloaded) {
    const restored = (saved && s.reloaded(saved)) ?? undefined;
    const edits = restored?.edits.size ? restored.edits : undefined;
    return { edits, view: s.view(), ...(restored && { restored }) };
  }
  const latest = s.latest();
  const byId =
    saved && latest !== s.sent
      ? new Map(saved.map((a) => [a.TargetAssignmentInfoId, a]))
      : undefined;
  const during = changesDuringSave(s.loaded, s.sent, latest, byId);
  const onTop = draftOnTop(during.own, during.currentOf);
  const edits = onTop.edits.size > 0 ? onTop.edits : undefined;
  // Changes made during the save that met someone else's: said as a restored draft's are.
  if (onTop.conflicts.length === 0 && onTop.dropped.length === 0 && !onTop.periodsChanged)
    return { edits, view: s.view() };
  return { edits, view: s.view(), restored: { ...onTop, savedAt: new Date().toISOString() } };
}

/** The saved group is shown: the registered save of `key` is over. */
export function endSave(key: string): void {
  underWay.delete(key);
}
