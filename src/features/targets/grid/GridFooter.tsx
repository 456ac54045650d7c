import { memo, type CSSProperties } from 'react';
import type { GridSource } from './types.ts';
import styles from './Grid.module.css';

export interface GridFooterProps {
  source: GridSource;
  totalsVersion: unknown;
  rowCount: number;
  cols: readonly number[];
  colStyles: readonly CSSProperties[];
  width: number;
  label: string;
  format: (n: number) => string;
}

function FooterView(p: GridFooterProps) {
  const total = p.source.colCount;
  return (
    <div role="rowgroup" className={styles.footer}>
      <div
        role="row"
        aria-rowindex={p.rowCount + 2}
        className={styles.footerRow}
        style={{ width: p.width }}
      >
        <div role="rowheader" aria-colindex={1} className={styles.rowHeader}>
          <span className={styles.name} title={p.label}>
            {p.label}
          </span>
        </div>
        {p.cols.map((c) => (
          <div
            key={c}
            role="gridcell"
            aria-colindex={c + 2}
            aria-readonly
            className={c === total ? `${styles.cell} ${styles.totalCol}` : styles.cell}
            style={p.colStyles[c]}
          >
            {p.format(c === total ? p.source.grandTotal() : p.source.colTotal(c))}
          </div>
        ))}
      </div>
    </div>
  );
}

/** The sticky totals row: column totals and the grand total. */
export const GridFooter = memo(
  FooterView,
  (a, b) =>
    a.totalsVersion === b.totalsVersion &&
    a.cols === b.cols &&
    a.colStyles === b.colStyles &&
    a.width === b.width &&
    a.rowCount === b.rowCount &&
    a.format === b.format &&
    a.label === b.label,
);
