import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type CSSProperties,
} from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { gridReducer, initialGridState, type GridState } from './gridState.ts';
import { GridFooter } from './GridFooter.tsx';
import { GridHeader } from './GridHeader.tsx';
import { GridRow, NONE } from './GridRow.tsx';
import {
  footerHeight,
  HEADER_H,
  ROWHEADER_W,
  colWidth,
  figureWidth,
  cellWidthFor,
  fitColumnWidths,
  gridLayout,
  scrollToReveal,
} from './layout.ts';
import { moneyFormat, userLocale } from './numberFormat.ts';
import { useGridInteraction } from './useGridInteraction.ts';
import { useFastScroll } from './useFastScroll.ts';
import { useKeepActiveInView } from './useKeepActiveInView.ts';
import { revealInWindow } from './revealInWindow.ts';
import { useLetterSpacing } from './useLetterSpacing.ts';
import { useRowHeight } from './useRowHeight.ts';
import { useRowHeaderWidth } from './useRowHeaderWidth.ts';
import { useStableIndices } from './useStableIndices.ts';
import { clampPos } from './navigation.ts';
import type { CellPos, GridActions, GridColumn, GridSource, GridView } from './types.ts';
import styles from './Grid.module.css';

export interface TargetGridProps {
  source: GridSource;
  columns: readonly GridColumn[];
  actions: GridActions;
  /** Accessible name of the grid. */
  label: string;
  readOnly?: boolean;
  /** The grid's content may still change (a draft being restored): aria-busy. */
  busy?: boolean;
  locale?: string;
  rowHeaderLabel?: string;
  totalLabel?: string;
  footerLabel?: string;
  /** Said beside the footer's label (`short` shown, `text` in its name): "1 user not shown". */
  footerNote?: { readonly text: string; readonly short: string };
  menuLabel?: string;
  /** Told after every change of the active cell or the selection. */
  onSelectionChange?(active: CellPos, extent: CellPos): void;
  /**
   * Where to start (the same group shown again, e.g. after a save): that selection and scroll;
   * the active cell takes the focus if the focus was lost meanwhile (it was on what went away).
   */
  initialView?: GridView;
  /**
   * Told when a value typed in the cell editor, not committed yet, appears or goes: it counts as
   * a change (Save takes it: the editor commits as the focus leaves it).
   */
  onEditPendingChange?(pending: boolean): void;
}

const cssVars = (rowHeaderW: number, rowH: number) =>
  ({
    '--tg-row-h': `${rowH}px`,
    '--tg-header-h': `${HEADER_H}px`,
    '--tg-footer-h': `${footerHeight(rowH)}px`,
    '--tg-rowheader-w': `${rowHeaderW}px`,
  }) as CSSProperties;

/**
 * A virtualised ARIA data grid (rows and columns) for a targets group: one tab stop with roving
 * focus, range selection, in-cell editing, clipboard TSV, undo/redo through the controller.
 */
// Memoised: the workspace re-renders for toolbar and dialog state that the grid does not show.
export const TargetGrid = memo(function TargetGrid(props: TargetGridProps) {
  const { source, columns, actions, readOnly = false } = props;
  const locale = props.locale ?? userLocale();
  const { initialView } = props;
  const [state, dispatch] = useReducer(gridReducer, initialView, startState(source));
  const scroller = useRef<HTMLDivElement>(null);
  const changedDescId = useId();
  const { rowCount, colCount } = source;
  // Each row's figures with its currency's decimals (KWD 1.200, NOK 1.20); the footer's with its
  // totals'. The formatters are made once per culture and decimals (moneyFormat caches them).
  const formatOf = useMemo(() => formatterPerDecimals(locale), [locale]);
  const footerFormat = formatOf(source.totalsDecimals);
  // Widths follow the widest figures: column totals, and any cell or year total wider than them
  // (a group's target in yen, a huge amount typed), recomputed when values change, and the row
  // names' column the grid's width.
  const { totalsVersion, valuesVersion = totalsVersion } = source;
  const spacing = useLetterSpacing(scroller);
  const fitted = useMemo(() => {
    let widest = '';
    for (let c = 0; c < colCount; c++) {
      const t = footerFormat(source.colTotal(c));
      if (figureWidth(t) > figureWidth(widest)) widest = t;
    }
    const { colW, totalW } = fitColumnWidths(widest, footerFormat(source.grandTotal()), spacing);
    const extremes = source.extremes?.();
    if (!extremes) return { colW, totalW };
    const format = formatOf(extremes.decimals);
    const need = (vs: readonly number[]) =>
      Math.max(...vs.map((v) => cellWidthFor(format(v), spacing)));
    return {
      colW: Math.max(colW, need(extremes.values)),
      totalW: Math.max(totalW, need(extremes.totals)),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the versions stand for the figures
  }, [totalsVersion, valuesVersion, colCount, formatOf, footerFormat, spacing]);
  // The same object while the widths stay (most edits): the layout and columns keep theirs.
  const { colW, totalW } = fitted;
  const rowHeaderW = useRowHeaderWidth(scroller, colW);
  const narrow = rowHeaderW < ROWHEADER_W;
  const rowH = useRowHeight(scroller, narrow);
  const widths = useMemo(
    () => ({ colW, totalW, rowHeaderW, rowH }),
    [colW, totalW, rowHeaderW, rowH],
  );
  const style = useMemo(() => cssVars(rowHeaderW, rowH), [rowHeaderW, rowH]);
  const layout = useMemo(() => gridLayout(colCount, widths), [colCount, widths]);

  const { handlers, pending } = useGridInteraction({
    state,
    dispatch,
    source,
    actions,
    readOnly,
    locale,
    scroller,
    rowH,
  });

  const activeRow = state.active.row;
  const activeCol = state.active.col;
  // The active cell is always rendered, so focus survives scrolling it out of view.
  const rowRange = useCallback(
    (r: Range) => withIndex(defaultRangeExtractor(r), activeRow, r.count),
    [activeRow],
  );
  const colRange = useCallback(
    (r: Range) => withIndex(defaultRangeExtractor(r), activeCol, r.count),
    [activeCol],
  );
  const colSize = useCallback((c: number) => colWidth(c, colCount, widths), [colCount, widths]);
  const getScroller = useCallback(() => scroller.current, []);
  const rowSize = useCallback(() => rowH, [rowH]);

  const rowV = useVirtualizer({
    count: rowCount,
    getScrollElement: getScroller,
    estimateSize: rowSize,
    overscan: 4,
    scrollMargin: HEADER_H,
    rangeExtractor: rowRange,
    initialRect: { width: 1200, height: 600 },
    initialOffset: initialView?.scrollTop ?? 0,
  });
  const colV = useVirtualizer({
    horizontal: true,
    count: colCount + 1,
    getScrollElement: getScroller,
    estimateSize: colSize,
    overscan: 1,
    scrollMargin: rowHeaderW,
    rangeExtractor: colRange,
    initialRect: { width: 1200, height: 600 },
    initialOffset: initialView?.scrollLeft ?? 0,
  });

  // New widths: the column virtualizer drops its cached sizes (a new height: the row one).
  useLayoutEffect(() => colV.measure(), [colV, widths]);
  useLayoutEffect(() => rowV.measure(), [rowV, rowH]);

  const cols = useStableIndices(colV.getVirtualItems());
  const rows = rowV.getVirtualItems();
  const isLight = useFastScroll(rowV.scrollOffset ?? 0, rowV.isScrolling);

  // Shown again where the user was: the same scroll, and the focus back on the active cell when
  // it was lost (on the Save button that the save disabled, say).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !initialView) return;
    el.scrollTop = initialView.scrollTop;
    el.scrollLeft = initialView.scrollLeft;
    const focused = document.activeElement;
    if (focused === null || focused === document.body)
      el.querySelector<HTMLElement>('[tabindex="0"]')?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the grid appears
  }, []);

  // After a keyboard/mouse action: reveal the moved-to cell and keep DOM focus on the active one.
  useLayoutEffect(() => {
    const p = pending.current;
    const el = scroller.current;
    if (!el || (!p.focus && !p.reveal)) return;
    pending.current = { focus: false, reveal: null };
    if (p.reveal) {
      const view = {
        top: el.scrollTop,
        left: el.scrollLeft,
        width: el.clientWidth,
        height: el.clientHeight,
      };
      const to = scrollToReveal(view, p.reveal.row, p.reveal.col, colCount, widths);
      // The totals footer is sticky, always in view: reaching it scrolls sideways only.
      if (to.top !== view.top && p.reveal.row < rowCount) el.scrollTop = to.top;
      if (to.left !== view.left) el.scrollLeft = to.left;
    }
    // Only while the focus is still in the grid (or was lost with a cell that went away): a
    // panel or dialog opened since the action has the focus now, and keeps it.
    if (p.focus && !state.editing && focusIsInOrLost(el)) {
      const { row, col } = state.active;
      const cell = el.querySelector<HTMLElement>(`[data-r="${row}"][data-c="${col}"]`);
      cell?.focus({ preventScroll: true });
      revealInWindow(el, cell);
    }
  }, [state, pending, colCount, rowCount, widths]);

  useKeepActiveInView(scroller, state.active, colCount, widths);

  const { onSelectionChange } = props;
  useLayoutEffect(() => {
    onSelectionChange?.(state.active, state.extent);
  }, [state.active, state.extent, onSelectionChange]);

  const { active, extent, editing } = state;
  // The cell whose editor was typed in since it opened (an editor opened by typing starts so).
  const [typedIn, setTypedIn] = useState<string | null>(null);
  const editKey = editing ? `${editing.row},${editing.col}` : null;
  if (editKey === null && typedIn !== null) setTypedIn(null);
  const editPending = editing !== null && (editing.typed || typedIn === editKey);
  const { onEditPendingChange } = props;
  useLayoutEffect(() => {
    onEditPendingChange?.(editPending);
  }, [editPending, onEditPendingChange]);
  const onInput = () => {
    if (editKey !== null && typedIn !== editKey) setTypedIn(editKey);
  };

  const top = Math.min(active.row, extent.row);
  const bottom = Math.max(active.row, extent.row);
  const selLeft = Math.min(active.col, extent.col);
  const selRight = Math.max(active.col, extent.col);

  return (
    <div
      ref={scroller}
      role="grid"
      aria-label={props.label}
      aria-rowcount={rowCount + 2}
      aria-colcount={colCount + 2}
      aria-readonly={readOnly || undefined}
      aria-busy={props.busy || undefined}
      aria-multiselectable
      className={narrow ? `${styles.scroller} ${styles.narrow}` : styles.scroller}
      style={style}
      onKeyDown={handlers.onKeyDown}
      onMouseDown={handlers.onMouseDown}
      onMouseOver={handlers.onMouseOver}
      onDoubleClick={handlers.onDoubleClick}
      onCopy={handlers.onCopy}
      onPaste={handlers.onPaste}
      onInput={onInput}
    >
      <GridHeader
        cols={cols}
        colStyles={layout.colStyles}
        columns={columns}
        colCount={colCount}
        width={layout.width}
        rowHeaderLabel={props.rowHeaderLabel ?? 'Target'}
        totalLabel={props.totalLabel ?? 'Total'}
      />
      <div
        role="rowgroup"
        className={styles.body}
        style={{ height: rowV.getTotalSize(), width: layout.width }}
      >
        {rows.map((v) => {
          const r = v.index;
          const inSel = r >= top && r <= bottom;
          const light = isLight(r, r === active.row || editing?.row === r);
          return (
            <GridRow
              key={r}
              source={source}
              row={r}
              y={v.start - HEADER_H}
              version={source.rowVersion(r)}
              cols={cols}
              colStyles={layout.colStyles}
              columns={columns}
              width={layout.width}
              activeCol={r === active.row ? active.col : NONE}
              selLeft={inSel ? selLeft : NONE}
              selRight={inSel ? selRight : NONE}
              editing={editing && editing.row === r ? editing : null}
              editorApi={handlers.editorApi}
              formatOf={formatOf}
              changedDescId={changedDescId}
              readOnly={readOnly}
              menuLabel={props.menuLabel ?? 'Actions for'}
              light={light}
            />
          );
        })}
      </div>
      <GridFooter
        source={source}
        totalsVersion={source.totalsVersion}
        rowCount={rowCount}
        cols={cols}
        colStyles={layout.colStyles}
        width={layout.width}
        label={props.footerLabel ?? 'Total'}
        note={props.footerNote}
        format={footerFormat}
        activeCol={active.row === rowCount ? active.col : NONE}
        selLeft={bottom >= rowCount ? selLeft : NONE}
        selRight={bottom >= rowCount ? selRight : NONE}
      />
      <span id={changedDescId} hidden>
        Changed, not saved
      </span>
      <span id={`${changedDescId}-lock`} hidden>
        Lock changed, not saved
      </span>
    </div>
  );
});

/** The grid state to start with: at `view`'s selection (kept inside the grid), or the first cell. */
function startState(source: GridSource) {
  return (view: GridView | undefined): GridState => {
    if (!view) return initialGridState;
    const dims = { rows: source.rowCount, cols: source.colCount };
    return {
      active: clampPos(view.active, dims),
      extent: clampPos(view.extent, dims),
      editing: null,
    };
  };
}

/** moneyFormat per decimals, looked up without building a key (asked once per row rendered). */
function formatterPerDecimals(locale: string) {
  const byDecimals = new Map<number | undefined, (n: number) => string>();
  return (decimals?: number) => {
    let f = byDecimals.get(decimals);
    if (!f) byDecimals.set(decimals, (f = moneyFormat(locale, decimals)));
    return f;
  };
}

/** `indices` plus `extra` (kept sorted), when `extra` is a valid index not already present. */
function withIndex(indices: number[], extra: number, count: number): number[] {
  if (extra < 0 || extra >= count || indices.includes(extra)) return indices;
  const out = indices.concat(extra);
  out.sort((a, b) => a - b);
  return out;
}

/** Whether the focus is in `el`, or nowhere (on the body: the focused element was removed). */
function focusIsInOrLost(el: HTMLElement): boolean {
  const focused = document.activeElement;
  return focused === null || focused === document.body || el.contains(focused);
}
