import type { DraftBase } from './draft.ts';
import type { AssignmentEdit, Edits } from './types.ts';

/**
 * A draft restored after the planner already edited (the restore waits for the tab to know which
 * it is, which can take a moment after a reload): the draft's changes go under the edits made
 * meanwhile. A cell or lock the planner changed since the page loaded keeps the planner's value;
 * every other cell takes the draft's. Rows only one of them changed are taken as they are.
 */
export function restoreUnder(
  restored: Edits,
  meanwhile: Edits,
  loadedOf: (id: number) => DraftBase | undefined,
): Edits {
  if (meanwhile.size === 0) return restored;
  const merged = new Map<number, AssignmentEdit>(restored);
  for (const [id, mine] of meanwhile) {
    const draft = restored.get(id);
    const loaded = loadedOf(id);
    if (!draft || !loaded || draft.values.length !== mine.values.length) {
      merged.set(id, mine);
      continue;
    }
    merged.set(id, {
      values: mine.values.map((v, i) => (v !== loaded.values[i] ? v : draft.values[i])),
      locked: mine.locked !== loaded.locked ? mine.locked : draft.locked,
    });
  }
  return merged;
}
