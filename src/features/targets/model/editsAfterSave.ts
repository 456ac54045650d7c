import { ownChangesOnTop, type OwnRow, type RowState } from './ownChangesOnTop.ts';
import type { Edits, TargetAssignmentLike } from './types.ts';

/** What the user changed while a save was under way, and the rows it goes on. */
export interface DuringSave {
  readonly own: readonly OwnRow[];
  readonly currentOf: (id: number) => RowState | undefined;
}

/**
 * What the user changed while a save of `sent` was under way (`now` is the edits when the save
 * came back): from each row as loaded with `sent` applied, to what they see now (a row undone to
 * its loaded values, which the save has just replaced, is a change too). It goes on the saved rows
 * (`saved`, the rows the server answered, which hold what someone else saved meanwhile; without
 * them, the rows as sent), by ownChangesOnTop.
 */
export function changesDuringSave(
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
  sent: Edits,
  now: Edits,
  saved?: ReadonlyMap<number, TargetAssignmentLike>,
): DuringSave {
  const own: OwnRow[] = [];
  const asSent = new Map<number, RowState>();
  if (now !== sent)
    for (const id of new Set([...sent.keys(), ...now.keys()])) {
      const a = loaded.get(id);
      if (!a) continue;
      const asLoaded = { values: a.Values, locked: a.Locked };
      const base = sent.get(id) ?? asLoaded;
      asSent.set(id, base);
      own.push({ id, base, mine: now.get(id) ?? asLoaded });
    }
  const currentOf = (id: number): RowState | undefined => {
    if (!saved) return asSent.get(id);
    const s = saved.get(id);
    return s && { values: s.Values, locked: s.Locked };
  };
  return { own, currentOf };
}

/**
 * The edits still unsaved after a save succeeded while the user went on editing: the changes made
 * during it (changesDuringSave) on the saved rows. Rows someone locked or removed meanwhile, or
 * gave other periods, keep none of them (takeOver says so).
 */
export function editsAfterSave(
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
  sent: Edits,
  now: Edits,
  saved?: ReadonlyMap<number, TargetAssignmentLike>,
): Edits {
  const { own, currentOf } = changesDuringSave(loaded, sent, now, saved);
  return ownChangesOnTop(own, currentOf).rows;
}
