import type { AssignmentEdit, Edits, TargetAssignmentLike } from './types.ts';

const differs = (a: AssignmentEdit, b: AssignmentEdit) =>
  a.locked !== b.locked ||
  a.values.length !== b.values.length ||
  a.values.some((v, i) => v !== b.values[i]);

/**
 * The edits still unsaved after a save of `sent` succeeded while the user went on editing (`now`
 * is the edits when the save came back). They are measured against the saved state: each row as
 * loaded with `sent` applied. A row changed again during the save, or undone to its loaded values
 * (which the save has just replaced), keeps what the user sees now. With `saved` (the rows the
 * server answered, which hold what someone else saved meanwhile, see rebaseEdits), only the cells
 * and lock the user changed during the save go on top of them: the others are the saved ones,
 * not the stale ones the page had loaded.
 */
export function editsAfterSave(
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
  sent: Edits,
  now: Edits,
  saved?: ReadonlyMap<number, TargetAssignmentLike>,
): Edits {
  const out = new Map<number, AssignmentEdit>();
  if (now === sent) return out; // nothing happened during the save
  for (const id of new Set([...sent.keys(), ...now.keys()])) {
    const a = loaded.get(id);
    if (!a) continue;
    const asLoaded = { values: a.Values, locked: a.Locked };
    const want = now.get(id) ?? asLoaded;
    const was = sent.get(id) ?? asLoaded;
    if (!differs(want, was)) continue;
    const s = saved?.get(id);
    if (!s || s.Values.length !== want.values.length || was.values.length !== want.values.length) {
      out.set(id, { values: [...want.values], locked: want.locked });
      continue;
    }
    const next = {
      values: s.Values.map((v, p) => (want.values[p] !== was.values[p] ? want.values[p] : v)),
      locked: want.locked !== was.locked ? want.locked : s.Locked,
    };
    if (differs(next, { values: s.Values, locked: s.Locked })) out.set(id, next);
  }
  return out;
}
