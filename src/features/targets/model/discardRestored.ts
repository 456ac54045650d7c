import type { EditAction, Edits, TargetAssignmentLike } from './types.ts';

/**
 * "Discard restored changes": one undoable action putting back the loaded value of each cell (and
 * lock) that still holds the value the restored draft brought; cells typed since the restore keep
 * what was typed. `kept` counts the changes left (made after the restore).
 */
export function discardRestored(
  current: Edits,
  restored: Edits,
  loaded: ReadonlyMap<number, TargetAssignmentLike>,
): { action: EditAction; kept: number } {
  const cells: EditAction['cells'][number][] = [];
  const locks: EditAction['locks'][number][] = [];
  let kept = 0;
  for (const [id, now] of current) {
    const base = loaded.get(id);
    if (!base) continue;
    const mine = restored.get(id);
    now.values.forEach((value, period) => {
      const was = base.Values[period];
      if (value === was) return;
      if (mine !== undefined && mine.values[period] === value)
        cells.push({ assignmentId: id, period, before: value, after: was });
      else kept++;
    });
    if (now.locked === base.Locked) continue;
    if (mine !== undefined && mine.locked === now.locked)
      locks.push({ assignmentId: id, before: now.locked, after: base.Locked });
    else kept++;
  }
  const n = cells.length + locks.length;
  const discarded = `Discarded ${n} restored ${n === 1 ? 'change' : 'changes'}.`;
  const label =
    n === 0
      ? 'Nothing was discarded: every restored change has been changed again since.'
      : kept === 0
        ? discarded
        : `${discarded} The ${kept} ${kept === 1 ? 'change' : 'changes'} made since ${kept === 1 ? 'is' : 'are'} kept.`;
  return { action: { label, cells, locks }, kept };
}
