import { ownChangesOnTop, type OwnRow, type RowState } from './ownChangesOnTop.ts';
import type { Edits, TargetAssignmentLike } from './types.ts';

/**
 * The edits still unsaved after a save of `sent` succeeded while the user went on editing (`now`
 * is the edits when the save came back): what the user changed during the save (from each row as
 * loaded with `sent` applied, to what they see now; a row undone to its loaded values, which the
 * save has just replaced, is a change too), put by ownChangesOnTop on the saved rows (`saved`, the
 * rows the server answered, which hold what someone else saved meanwhile; without them, the rows
 * as sent). Rows someone locked or removed meanwhile, or gave other periods, keep none of it.
 */
export function editsAfterSave(
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
  sent: Edits,
  now: Edits,
  saved?: ReadonlyMap<number, TargetAssignmentLike>,
): Edits {
  if (now === sent) return new Map(); // nothing happened during the save
  const own: OwnRow[] = [];
  const asSent = new Map<number, RowState>();
  for (const id of new Set([...sent.keys(), ...now.keys()])) {
    const a = loaded.get(id);
    if (!a) continue;
    const asLoaded = { values: a.Values, locked: a.Locked };
    const base = sent.get(id) ?? asLoaded;
    const mine = now.get(id) ?? asLoaded;
    asSent.set(id, base);
    own.push({ id, base, mine });
  }
  const currentOf = (id: number): RowState | undefined => {
    if (!saved) return asSent.get(id);
    const s = saved.get(id);
    return s && { values: s.Values, locked: s.Locked };
  };
  return ownChangesOnTop(own, currentOf).rows;
}
