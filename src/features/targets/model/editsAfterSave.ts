import type { AssignmentEdit, Edits, TargetAssignmentLike } from './types.ts';

const differs = (a: AssignmentEdit, b: AssignmentEdit) =>
  a.locked !== b.locked ||
  a.values.length !== b.values.length ||
  a.values.some((v, i) => v !== b.values[i]);

/**
 * The edits still unsaved after a save of `sent` succeeded while the user went on editing (`now`
 * is the edits when the save came back). They are measured against the saved state: each row as
 * loaded with `sent` applied. A row changed again during the save, or undone to its loaded values
 * (which the save has just replaced), keeps what the user sees now.
 */
export function editsAfterSave(
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
  sent: Edits,
  now: Edits,
): Edits {
  const out = new Map<number, AssignmentEdit>();
  if (now === sent) return out; // nothing happened during the save
  for (const id of new Set([...sent.keys(), ...now.keys()])) {
    const a = loaded.get(id);
    if (!a) continue;
    const asLoaded = { values: a.Values, locked: a.Locked };
    const want = now.get(id) ?? asLoaded;
    if (differs(want, sent.get(id) ?? asLoaded))
      out.set(id, { values: [...want.values], locked: want.locked });
  }
  return out;
}
