import { memo, type CSSProperties } from 'react';
import styles from './Grid.module.css';

/** Cell state packed in one number, so a cell's props are a handful of primitives. */
export const CELL_ACTIVE = 1;
export const CELL_SELECTED = 2;
export const CELL_CHANGED = 4;
export const CELL_READONLY = 8;
export const CELL_TOTAL = 16;
/** The figure is not shown (the user may not see the row's Values): a muted dash. */
export const CELL_NOT_SHOWN = 32;

/** The accessible name of a cell whose figure the user may not see. */
export const NOT_SHOWN_NAME = 'Not shown';

const classCache: string[] = [];
function cellClass(flags: number): string {
  let c = classCache[flags];
  if (c === undefined) {
    c = styles.cell;
    if (flags & CELL_TOTAL) c += ` ${styles.totalCol}`;
    if (flags & CELL_CHANGED) c += ` ${styles.changed}`;
    if (flags & CELL_SELECTED) c += ` ${styles.selected}`;
    if (flags & CELL_ACTIVE) c += ` ${styles.active}`;
    if (flags & CELL_NOT_SHOWN) c += ` ${styles.notShown}`;
    classCache[flags] = c;
  }
  return c;
}

export interface GridCellProps {
  row: number;
  col: number;
  text: string;
  flags: number;
  /** Shared per column (position and width), never built per cell. */
  style: CSSProperties;
  /** Id of the hidden "changed, not saved" description. */
  changedDescId: string;
}

/** One value or row-total cell. Memoised: re-renders only when its text or state changes. */
export const GridCell = memo(function GridCell({
  row,
  col,
  text,
  flags,
  style,
  changedDescId,
}: GridCellProps) {
  return (
    <div
      role="gridcell"
      className={cellClass(flags)}
      style={style}
      aria-colindex={col + 2}
      aria-readonly={flags & CELL_READONLY ? true : undefined}
      aria-label={flags & CELL_NOT_SHOWN ? NOT_SHOWN_NAME : undefined}
      aria-selected={flags & CELL_TOTAL ? undefined : (flags & CELL_SELECTED) !== 0}
      aria-describedby={flags & CELL_CHANGED ? changedDescId : undefined}
      tabIndex={flags & CELL_ACTIVE ? 0 : -1}
      data-r={row}
      data-c={col}
    >
      {text}
    </div>
  );
});
