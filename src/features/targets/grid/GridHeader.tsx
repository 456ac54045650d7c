import { memo, type CSSProperties } from 'react';
import type { GridColumn } from './types.ts';
import styles from './Grid.module.css';

export interface GridHeaderProps {
  cols: readonly number[];
  colStyles: readonly CSSProperties[];
  columns: readonly GridColumn[];
  colCount: number;
  width: number;
  rowHeaderLabel: string;
  totalLabel: string;
}

/** The sticky column-header row. */
export const GridHeader = memo(function GridHeader(p: GridHeaderProps) {
  return (
    <div role="rowgroup" className={styles.header}>
      <div role="row" aria-rowindex={1} className={styles.headerRow} style={{ width: p.width }}>
        <div role="columnheader" aria-colindex={1} className={styles.rowHeader}>
          {p.rowHeaderLabel}
        </div>
        {p.cols.map((c) => {
          const isTotal = c === p.colCount;
          const col = p.columns[c];
          return (
            <div
              key={c}
              role="columnheader"
              aria-colindex={c + 2}
              className={isTotal ? `${styles.colHeader} ${styles.totalCol}` : styles.colHeader}
              style={p.colStyles[c]}
              // The header shows the short name ("Jan"); screen readers, which read it out on
              // every move to another column, get the full one ("January").
              aria-label={isTotal ? undefined : col?.fullLabel}
              title={isTotal ? undefined : col?.fullLabel}
            >
              {isTotal ? p.totalLabel : col?.label}
            </div>
          );
        })}
      </div>
    </div>
  );
});
