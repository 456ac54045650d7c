import { memo, type CSSProperties } from 'react';
import { CellEditor, type EditorApi } from './CellEditor.tsx';
import type { EditState } from './gridState.ts';
import {
  CELL_ACTIVE,
  CELL_CHANGED,
  CELL_NOT_SHOWN,
  CELL_READONLY,
  CELL_SELECTED,
  CELL_TOTAL,
  GridCell,
} from './GridCell.tsx';
import { RowHeaderCell } from './RowHeaderCell.tsx';
import type { GridColumn, GridSource } from './types.ts';
import styles from './Grid.module.css';

/** What a cell whose figure the user may not see shows (named NOT_SHOWN_NAME). */
const NOT_SHOWN_TEXT = '—';

/** No column of this row is active / selected. */
export const NONE = -9;

export interface GridRowProps {
  source: GridSource;
  row: number;
  /** Top of the row inside the body, in px. */
  y: number;
  version: unknown;
  /** Visible column indices (values, and `colCount` for the row total); a stable array. */
  cols: readonly number[];
  colStyles: readonly CSSProperties[];
  columns: readonly GridColumn[];
  width: number;
  activeCol: number;
  selLeft: number;
  selRight: number;
  editing: EditState | null;
  editorApi: EditorApi;
  /** The formatter of amounts with these decimals (the row's currency's; see GridRowMeta). */
  formatOf: (decimals?: number) => (n: number) => string;
  changedDescId: string;
  /** Whole grid read-only (no rights). */
  readOnly: boolean;
  menuLabel: string;
  /** Very fast scroll: draw the row header only; values follow when the scroll slows. */
  light?: boolean;
}

const kindClass = {
  company: styles.company,
  group: styles.group,
  user: styles.user,
  sum: styles.sum,
} as const;

function GridRowView(p: GridRowProps) {
  const { source, row, cols, colStyles, activeCol, selLeft, selRight, editing } = p;
  const meta = source.rowMeta(row);
  const label = source.rowLabel(row);
  const total = source.colCount;
  const readOnly = p.readOnly || meta.readOnly;
  const format = p.formatOf(meta.decimals);
  // A row the user may not change (locked, or by its own rights) looks it: hatched, muted.
  const fixed = meta.locked
    ? ` ${styles.locked}`
    : meta.readOnly && meta.kind !== 'sum'
      ? ` ${styles.restricted}`
      : '';
  const className = `${styles.row} ${kindClass[meta.kind]}${fixed}`;
  const cells = [];
  for (let i = 0; i < (p.light ? 0 : cols.length); i++) {
    const c = cols[i];
    if (editing && editing.col === c) {
      cells.push(
        <CellEditor
          key={c}
          row={row}
          col={c}
          style={colStyles[c]}
          initial={editing.initial}
          typed={editing.typed}
          error={editing.error}
          label={`${label}, ${p.columns[c]?.fullLabel ?? ''}`}
          api={p.editorApi}
        />,
      );
      continue;
    }
    const isTotal = c === total;
    let flags = isTotal ? CELL_TOTAL | CELL_READONLY : readOnly ? CELL_READONLY : 0;
    if (c === activeCol) flags |= CELL_ACTIVE;
    if (c >= selLeft && c <= selRight) flags |= CELL_SELECTED;
    if (!isTotal && source.isChanged(row, c)) flags |= CELL_CHANGED;
    if (meta.valuesHidden) flags |= CELL_NOT_SHOWN;
    const text = meta.valuesHidden
      ? NOT_SHOWN_TEXT
      : format(isTotal ? source.rowTotal(row) : source.value(row, c));
    cells.push(
      <GridCell
        key={c}
        row={row}
        col={c}
        text={text}
        flags={flags}
        style={colStyles[c]}
        changedDescId={p.changedDescId}
      />,
    );
  }
  return (
    <div
      role="row"
      aria-rowindex={row + 2}
      className={className}
      style={{ transform: `translateY(${p.y}px)`, width: p.width }}
    >
      <RowHeaderCell
        row={row}
        label={label}
        meta={meta}
        active={activeCol === -1}
        selected={selLeft <= -1 && selRight >= -1}
        menuLabel={p.menuLabel}
        lockChangedDescId={`${p.changedDescId}-lock`}
      />
      {cells}
    </div>
  );
}

/** A body row. Re-renders only when its data version or its share of the UI state changes. */
export const GridRow = memo(
  GridRowView,
  (a, b) =>
    a.row === b.row &&
    a.version === b.version &&
    a.y === b.y &&
    a.cols === b.cols &&
    a.colStyles === b.colStyles &&
    a.width === b.width &&
    a.activeCol === b.activeCol &&
    a.selLeft === b.selLeft &&
    a.selRight === b.selRight &&
    a.editing === b.editing &&
    a.readOnly === b.readOnly &&
    a.formatOf === b.formatOf &&
    a.columns === b.columns &&
    a.light === b.light,
);
