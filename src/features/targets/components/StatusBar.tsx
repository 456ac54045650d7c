import { useSyncExternalStore } from 'react';
import { sumValues } from '../model/money.ts';
import type { TargetRow } from '../model/types.ts';
import { selectionRect } from '../grid/selection.ts';
import type { SelectionStore } from '../hooks/selectionStore.ts';
import styles from './TargetsWorkspace.module.css';

export interface StatusBarProps {
  selection: SelectionStore;
  rows: readonly TargetRow[];
  periods: number;
  format: (n: number) => string;
}

/** Excel's status bar: where you are, and the sum of the selected cells. */
export function StatusBar({ selection, rows, periods, format }: StatusBarProps) {
  const sel = useSyncExternalStore(selection.subscribe, selection.get);
  const rect = selectionRect(sel.active, sel.extent, periods);
  let sum = 0;
  let cells = 0;
  if (rect) {
    const size = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (size <= 200_000) {
      for (let r = rect.top; r <= rect.bottom && r < rows.length; r++) {
        sum += sumValues(rows[r].values.slice(rect.left, rect.right + 1), rows[r].decimals);
      }
      cells = size;
    }
  }
  return (
    <div className={styles.statusBar}>
      <span>
        Row {format(Math.min(sel.active.row + 1, rows.length))} of {format(rows.length)}
      </span>
      {cells > 1 && (
        <span>
          {format(cells)} cells · Sum {format(sum)}
        </span>
      )}
    </div>
  );
}
