import { memo } from 'react';
import type { GridRowMeta } from './types.ts';
import styles from './Grid.module.css';

export interface RowHeaderCellProps {
  row: number;
  label: string;
  meta: GridRowMeta;
  active: boolean;
  selected: boolean;
  /** Accessible name prefix of the row's menu button ("Actions for"). */
  menuLabel: string;
}

/** The sticky first cell of a row: name, currency, lock state and the row-actions button. */
export const RowHeaderCell = memo(function RowHeaderCell({
  row,
  label,
  meta,
  active,
  selected,
  menuLabel,
}: RowHeaderCellProps) {
  let cls = styles.rowHeader;
  if (meta.level === 1) cls += ` ${styles.level1}`;
  if (active) cls += ` ${styles.active}`;
  if (selected) cls += ` ${styles.selected}`;
  return (
    <div
      role="rowheader"
      className={cls}
      aria-colindex={1}
      tabIndex={active ? 0 : -1}
      data-r={row}
      data-c={-1}
    >
      <span className={styles.name}>{label}</span>
      {meta.currency && <span className={styles.currency}>{meta.currency}</span>}
      {meta.locked && <span className={styles.lock} role="img" aria-label="Locked" />}
      {meta.readOnlyReason && !meta.locked && (
        <span className={styles.srOnly}>{meta.readOnlyReason}</span>
      )}
      {meta.kind !== 'sum' && (
        <button
          type="button"
          className={styles.menuButton}
          tabIndex={-1}
          aria-haspopup="menu"
          aria-label={`${menuLabel} ${label}`}
          data-row-menu={row}
        >
          ⋯
        </button>
      )}
    </div>
  );
});
