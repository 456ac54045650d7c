import type { DraftBase, DraftConflict, RestoredDraft } from './draft.ts';
import type { AssignmentEdit } from './types.ts';

/**
 * Several restored drafts of one group as one: a tab's own, and those of tabs closed without
 * saving (see tabDraftKeys). Each is already measured against the rows as they are now
 * (`currentOf`), so a cell a draft changed is one whose value differs from the row now; where
 * two drafts changed the same cell or lock, the newest draft's value wins, and a cell a draft set
 * back to the value loaded (`reverted`) is that value over older drafts. What each says is
 * kept (rows dropped; cells both changed, unless a newer draft set the cell), the newest save
 * under way, and the cells set back that no newer draft changed again.
 */
export function mergeDrafts(
  drafts: readonly RestoredDraft[],
  currentOf: (id: number) => DraftBase | undefined,
): RestoredDraft | null {
  if (drafts.length === 0) return null;
  if (drafts.length === 1) return drafts[0];
  const oldestFirst = [...drafts].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const rows = new Map<number, AssignmentEdit>();
  for (const draft of oldestFirst) {
    for (const [id, mine] of draft.edits) {
      const now = currentOf(id);
      const before = rows.get(id);
      if (!now || !before || before.values.length !== mine.values.length) {
        rows.set(id, mine);
        continue;
      }
      const values = before.values.map((v, i) =>
        mine.values[i] !== now.values[i] ? mine.values[i] : v,
      );
      const locked = mine.locked !== now.locked ? mine.locked : before.locked;
      rows.set(id, { values, locked });
    }
    // A cell the tab set back to the value loaded is that value, whatever an older draft said.
    for (const { assignmentId: id, period } of draft.reverted ?? []) {
      const now = currentOf(id);
      const row = rows.get(id);
      if (!now || !row || row.values.length !== now.values.length) continue;
      const values = row.values.map((v, i) => (i === period ? now.values[i]! : v));
      const asNow = row.locked === now.locked && values.every((v, i) => v === now.values[i]);
      if (asNow) rows.delete(id);
      else rows.set(id, { values, locked: row.locked });
    }
  }
  const newest = oldestFirst[oldestFirst.length - 1];
  // A cell both changed in an older draft is no longer in question where a newer draft set it.
  const setLater = (i: number, c: DraftConflict) =>
    oldestFirst.slice(i + 1).some((d) => {
      const mine = d.edits.get(c.assignmentId);
      const now = currentOf(c.assignmentId);
      const setBack = d.reverted?.some(
        (r) => r.assignmentId === c.assignmentId && r.period === c.period,
      );
      return (
        setBack || (mine !== undefined && (!now || mine.values[c.period] !== now.values[c.period]))
      );
    });
  const conflicts = oldestFirst.flatMap((d, i) => d.conflicts.filter((c) => !setLater(i, c)));
  const dropped = [...new Set(oldestFirst.flatMap((d) => d.dropped))].filter((id) => !rows.has(id));
  const periodsChanged = oldestFirst.find((d) => d.periodsChanged)?.periodsChanged;
  // The latest save under way is the one that may have stored what is shown.
  const savingSince = oldestFirst.findLast((d) => d.savingSince)?.savingSince;
  // The cells set back that are still so (no newer draft changed them): the restoring tab keeps
  // saying so, over the drafts of tabs still open, older, that it did not take.
  const reverted = oldestFirst
    .flatMap((d) => d.reverted ?? [])
    .filter((c, i, all) => {
      const now = currentOf(c.assignmentId);
      const value = rows.get(c.assignmentId)?.values[c.period] ?? now?.values[c.period];
      const first = all.findIndex(
        (o) => o.assignmentId === c.assignmentId && o.period === c.period,
      );
      return now !== undefined && value === now.values[c.period] && first === i;
    });
  return {
    edits: rows,
    savedAt: newest.savedAt,
    rebased: oldestFirst.some((d) => d.rebased),
    conflicts: conflicts.filter(
      (c, i) =>
        conflicts.findIndex((o) => o.assignmentId === c.assignmentId && o.period === c.period) ===
        i,
    ),
    dropped,
    ...(periodsChanged && { periodsChanged }),
    ...(savingSince && { savingSince }),
    ...(reverted.length > 0 && { reverted }),
  };
}
