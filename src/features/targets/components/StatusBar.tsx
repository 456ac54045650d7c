import { useSyncExternalStore } from 'react';
import { selectionSums, selectionSumText } from '../model/selectionSum.ts';
import type { TargetRow } from '../model/types.ts';
import { moneyFormat } from '../grid/numberFormat.ts';
import { selectionRect } from '../grid/selection.ts';
import type { SelectionStore } from '../hooks/selectionStore.ts';
import styles from './TargetsWorkspace.module.css';

export interface StatusBarProps {
  selection: SelectionStore;
  rows: readonly TargetRow[];
  periods: number;
  /** The user's culture, for counts and sums. */
  locale: string;
}

/**
 * Excel's status bar: where you are, and the sum of the selected cells (per currency: amounts in
 * different currencies do not add up).
 */
export function StatusBar({ selection, rows, periods, locale }: StatusBarProps) {
  const format = moneyFormat(locale);
  const sel = useSyncExternalStore(selection.subscribe, selection.get);
  const rect = selectionRect(sel.active, sel.extent, periods);
  let sum = '';
  let cells = 0;
  if (rect) {
    const size = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (size <= 200_000) {
      // Each currency's sum with its decimals, as the grid writes its cells (KWD 1.200).
      sum = selectionSumText(selectionSums(rows, rect), (n, d) => moneyFormat(locale, d)(n));
      cells = size;
    }
  }
  // Why the active row cannot be changed, where the planner looks while moving through it.
  const activeRow = rows[sel.active.row];
  const restriction =
    activeRow && !activeRow.locked && !activeRow.derived ? activeRow.restriction : undefined;
  return (
    <div className={styles.statusBar}>
      <span>
        {/* The row after the last is the grid's totals footer. */}
        {rows.length > 0 && sel.active.row >= rows.length
          ? 'Totals row'
          : `Row ${format(Math.min(sel.active.row + 1, rows.length))} of ${format(rows.length)}`}
      </span>
      {restriction && <span>{restriction}</span>}
      {cells > 1 && (
        <span>
          {format(cells)} cells · {sum}
        </span>
      )}
    </div>
  );
}
