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
  /** Beside the label: `short` shown, `text` said with it ("1 user not shown"). */
  note?: { readonly text: string; readonly short: string };
  format: (n: number) => string;
  /** The active column when the footer's row is the active one (-1 its name), else NONE. */
  activeCol: number;
  /** The selected columns when the selection reaches the footer's row, else NONE. */
  selLeft: number;
  selRight: number;
}

/**
 * The footer is the grid's last row (`rowCount`), reached by the keyboard like any other, so its
 * totals are read out; its cells are read-only (the grid refuses edits there and says why).
 */
function FooterView(p: GridFooterProps) {
  const total = p.source.colCount;
  const row = p.rowCount;
  const mark = (c: number) =>
    (c === p.activeCol ? ` ${styles.active}` : '') +
    (c >= p.selLeft && c <= p.selRight ? ` ${styles.selected}` : '');
  return (
    <div role="rowgroup" className={styles.footer}>
      <div
        role="row"
        aria-rowindex={row + 2}
        className={styles.footerRow}
        style={{ width: p.width }}
      >
        <div
          role="rowheader"
          aria-colindex={1}
          className={styles.rowHeader + mark(-1)}
          tabIndex={p.activeCol === -1 ? 0 : -1}
          data-r={row}
          data-c={-1}
          aria-label={p.note ? `${p.label}, ${p.note.text}` : undefined}
        >
          <span className={styles.name} title={p.label}>
            {p.label}
          </span>
          {p.note && (
            <span className={styles.marks}>
              <span className={styles.note} title={p.note.text}>
                {p.note.short}
              </span>
            </span>
          )}
        </div>
        {p.cols.map((c) => (
          <div
            key={c}
            role="gridcell"
            aria-colindex={c + 2}
            aria-readonly
            className={(c === total ? `${styles.cell} ${styles.totalCol}` : styles.cell) + mark(c)}
            style={p.colStyles[c]}
            tabIndex={c === p.activeCol ? 0 : -1}
            data-r={row}
            data-c={c}
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
    a.label === b.label &&
    a.note?.text === b.note?.text &&
    a.activeCol === b.activeCol &&
    a.selLeft === b.selLeft &&
    a.selRight === b.selRight,
);
