import type { DraftBase, DraftCell } from './draft.ts';
import type { Edits } from './types.ts';

/**
 * The cells a tab has changed since the group was loaded, by assignment: what it changed and then
 * set back to the value loaded is its latest word on that cell, which the edits alone do not say
 * (a cell back to its loaded value, or a row wholly back, is no longer an edit).
 */
export type TouchedCells = Map<number, Set<number>>;

/** Notes in `touched` each cell `edits` changes from the row as loaded (`baseOf`). */
export function noteTouched(
  touched: TouchedCells,
  edits: Edits,
  baseOf: (id: number) => DraftBase | undefined,
): void {
  for (const [id, edit] of edits) {
    const base = baseOf(id);
    edit.values.forEach((v, period) => {
      if (base && v === base.values[period]) return;
      let periods = touched.get(id);
      if (!periods) touched.set(id, (periods = new Set()));
      periods.add(period);
    });
  }
}

/** Notes `cells` in `touched`: a restored draft's cells set back stay its tab's word on them. */
export function noteCells(touched: TouchedCells, cells: readonly DraftCell[]): void {
  for (const { assignmentId, period } of cells) {
    let periods = touched.get(assignmentId);
    if (!periods) touched.set(assignmentId, (periods = new Set()));
    periods.add(period);
  }
}

/** The cells touched that are back to the value loaded now (`edits` over the rows as loaded). */
export function changedBack(
  touched: TouchedCells,
  edits: Edits,
  baseOf: (id: number) => DraftBase | undefined,
): DraftCell[] {
  const cells: DraftCell[] = [];
  for (const [id, periods] of touched) {
    const base = baseOf(id);
    if (!base) continue;
    const values = edits.get(id)?.values ?? base.values;
    for (const period of periods)
      if (values[period] === base.values[period]) cells.push({ assignmentId: id, period });
  }
  return cells;
}
