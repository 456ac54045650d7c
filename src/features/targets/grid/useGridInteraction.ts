import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ClipboardEvent,
  type Dispatch,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import type { EditMove, EditorApi } from './CellEditor.tsx';
import type { EditState, GridAction, GridState } from './gridState.ts';
import { keyIntent } from './keys.ts';
import { pageRows } from './layout.ts';
import { move, tab, type GridDims } from './navigation.ts';
import { editText } from './numberFormat.ts';
import { selectionRect } from './selection.ts';
import { workedOutFigures } from './workedOutFigures.ts';
import type { CellPos, GridActions, GridSource } from './types.ts';

export interface InteractionInput {
  state: GridState;
  dispatch: Dispatch<GridAction>;
  source: GridSource;
  actions: GridActions;
  readOnly: boolean;
  locale: string;
  scroller: RefObject<HTMLDivElement | null>;
  /** The rows' height (layout's rowHeight), for Page Up / Page Down. */
  rowH: number;
}

/** After the next render: focus the active cell and/or scroll a cell into view. */
export interface Pending {
  focus: boolean;
  reveal: CellPos | null;
}

const EDIT_MOVES: Record<
  Exclude<EditMove, null>,
  'ArrowDown' | 'ArrowUp' | 'ArrowLeft' | 'ArrowRight'
> = { down: 'ArrowDown', up: 'ArrowUp', left: 'ArrowLeft', right: 'ArrowRight' };

function cellOf(target: EventTarget | null, root: HTMLElement | null): CellPos | null {
  const el = (target as Element | null)?.closest?.('[data-c]');
  if (!el || !root?.contains(el)) return null;
  const row = Number(el.getAttribute('data-r'));
  const col = Number(el.getAttribute('data-c'));
  return Number.isFinite(row) && Number.isFinite(col) ? { row, col } : null;
}

const isInput = (t: EventTarget | null) => t instanceof HTMLInputElement;

/**
 * All keyboard, mouse and clipboard handling of the grid, delegated to the scroll container (no
 * handler per cell). Handlers read the latest props through a ref, so they are created once.
 */
export function useGridInteraction(input: InteractionInput) {
  const ctx = useRef(input);
  useLayoutEffect(() => {
    ctx.current = input;
  });
  const pending = useRef<Pending>({ focus: false, reveal: null });
  /** The open edit, updated synchronously so a blur racing a commit cannot commit twice. */
  const openEdit = useRef<EditState | null>(null);
  const dragging = useRef(false);

  useEffect(() => {
    const stop = () => {
      dragging.current = false;
    };
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  const handlers = useMemo(() => {
    const dims = (): GridDims => ({
      rows: ctx.current.source.rowCount,
      cols: ctx.current.source.colCount,
    });
    const editable = (row: number, col: number) => {
      const { source, readOnly } = ctx.current;
      return (
        !readOnly &&
        row < source.rowCount && // the totals footer adds up the rows
        col >= 0 &&
        col < source.colCount &&
        !source.rowMeta(row).readOnly
      );
    };
    const select = (pos: CellPos, extend = false, focus = true) => {
      pending.current = { focus, reveal: pos };
      ctx.current.dispatch({ type: 'select', pos, extend });
    };
    const startEdit = (row: number, col: number, typedText?: string) => {
      const { source, locale, actions } = ctx.current;
      if (!editable(row, col)) {
        if (col >= 0 && col <= source.colCount) actions.readOnlyAttempt?.(row, col);
        return;
      }
      const edit: EditState = {
        row,
        col,
        initial: typedText ?? editText(source.value(row, col), locale),
        typed: typedText !== undefined,
      };
      openEdit.current = edit;
      pending.current = { focus: false, reveal: { row, col } };
      ctx.current.dispatch({ type: 'edit', edit });
    };
    const openMenu = (row: number, anchor: HTMLElement | null) => {
      const { actions, source } = ctx.current;
      // The totals footer has no row actions: said, as its other refusals are.
      if (row >= source.rowCount) actions.readOnlyAttempt?.(row, -1);
      else if (anchor) actions.openRowMenu?.(row, anchor);
    };
    const rowHeaderEl = (row: number) =>
      ctx.current.scroller.current?.querySelector<HTMLElement>(`[data-r="${row}"][data-c="-1"]`) ??
      null;

    const editorApi: EditorApi = {
      commit(text, mv) {
        const e = openEdit.current;
        if (!e) return true;
        const unchanged = !e.typed && text === e.initial;
        const error = unchanged ? null : ctx.current.actions.commitEdit(e.row, e.col, text);
        if (error) {
          ctx.current.dispatch({ type: 'editError', error });
          return false;
        }
        openEdit.current = null;
        const at = { row: e.row, col: e.col };
        // Tab / Shift+Tab go on as they do outside the editor: to the year total, the row header.
        select(mv ? move(at, EDIT_MOVES[mv], false, dims(), 1) : at);
        return true;
      },
      cancel() {
        const e = openEdit.current;
        if (!e) return;
        openEdit.current = null;
        select({ row: e.row, col: e.col });
      },
      blur(text) {
        const e = openEdit.current;
        if (!e) return;
        openEdit.current = null;
        const unchanged = !e.typed && text === e.initial;
        const { actions } = ctx.current;
        const error = unchanged ? null : actions.commitEdit(e.row, e.col, text);
        if (error) actions.editDropped?.(e.row, e.col, error);
        ctx.current.dispatch({ type: 'stopEdit' });
      },
    };

    const flushEditor = () => {
      const el = ctx.current.scroller.current?.querySelector('input');
      if (el && openEdit.current) editorApi.blur(el.value);
    };

    const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
      if (isInput(e.target)) return;
      const { state, actions, source } = ctx.current;
      const { active, extent } = state;
      const intent = keyIntent(e);
      switch (intent.kind) {
        case 'move': {
          const from = intent.extend ? extent : active;
          const view = ctx.current.scroller.current?.clientHeight ?? 600;
          select(
            move(from, intent.key, intent.ctrl, dims(), pageRows(view, ctx.current.rowH)),
            intent.extend,
          );
          break;
        }
        case 'tab': {
          const to = tab(active, intent.back, dims());
          if (!to) return; // leave the grid
          select(to);
          break;
        }
        case 'edit':
          if (active.col === -1) openMenu(active.row, rowHeaderEl(active.row));
          // On a year total this says how to change it, as typing there does.
          else startEdit(active.row, active.col);
          break;
        case 'type':
          // A row name takes no typing: say where values go, as other read-only cells do.
          if (active.col === -1) actions.readOnlyAttempt?.(active.row, -1);
          else startEdit(active.row, active.col, intent.text);
          break;
        case 'clear': {
          // The totals footer is never cleared: a selection reaching it clears the rows above.
          const rect = selectionRect(active, extent, source.colCount, source.rowCount);
          if (rect && !ctx.current.readOnly) actions.clear(rect);
          else if (rect) actions.readOnlyAttempt?.(active.row);
          // Only a year total or the footer selected: say how to change it, as typing there does.
          else if (active.col >= source.colCount || active.row >= source.rowCount)
            actions.readOnlyAttempt?.(active.row, active.col);
          break;
        }
        case 'undo':
          actions.undo();
          break;
        case 'redo':
          actions.redo();
          break;
        case 'selectAll':
          // The active cell becomes the first one: shown, as the grid was left scrolled where the
          // keyboard was (after Ctrl+End the focus went to a cell out of view).
          pending.current = { focus: true, reveal: { row: 0, col: 0 } };
          ctx.current.dispatch({ type: 'selectAll', rows: source.rowCount, cols: source.colCount });
          break;
        case 'collapse':
          select(active);
          break;
        case 'menu':
          openMenu(active.row, rowHeaderEl(active.row));
          break;
        case 'space':
          // The browser scrolled the grid a page down, leaving the active cell out of view.
          if (active.col === -1) openMenu(active.row, rowHeaderEl(active.row));
          break;
        case 'none':
          return;
      }
      e.preventDefault();
    };

    const onMouseDown = (e: MouseEvent<HTMLDivElement>) => {
      if (isInput(e.target)) return;
      const root = ctx.current.scroller.current;
      const pos = cellOf(e.target, root);
      if (!pos) return;
      if (e.button !== 0) {
        // A right (or middle) click focused the cell under it while the active cell stayed
        // elsewhere, so what was typed next went there. As in a spreadsheet, it makes a cell
        // outside the selection the active one, and leaves a selection it falls in as it is.
        e.preventDefault();
        const { active, extent } = ctx.current.state;
        const inside =
          pos.row >= Math.min(active.row, extent.row) &&
          pos.row <= Math.max(active.row, extent.row) &&
          pos.col >= Math.min(active.col, extent.col) &&
          pos.col <= Math.max(active.col, extent.col);
        if (!inside) {
          flushEditor();
          select(pos);
        }
        return;
      }
      flushEditor();
      const menuButton = (e.target as Element).closest('[data-row-menu]');
      if (menuButton instanceof HTMLElement) {
        e.preventDefault();
        select({ row: pos.row, col: -1 });
        openMenu(pos.row, menuButton);
        return;
      }
      dragging.current = !e.shiftKey;
      select(pos, e.shiftKey);
    };

    const onMouseOver = (e: MouseEvent<HTMLDivElement>) => {
      if (!dragging.current) return;
      const pos = cellOf(e.target, ctx.current.scroller.current);
      if (pos) {
        pending.current = { focus: false, reveal: null };
        ctx.current.dispatch({ type: 'select', pos, extend: true });
      }
    };

    const onDoubleClick = (e: MouseEvent<HTMLDivElement>) => {
      const pos = cellOf(e.target, ctx.current.scroller.current);
      if (pos && !isInput(e.target)) startEdit(pos.row, pos.col);
    };

    const onCopy = (e: ClipboardEvent<HTMLDivElement>) => {
      if (isInput(e.target)) return;
      const { state, source, actions } = ctx.current;
      const rect = selectionRect(state.active, state.extent, source.colCount, source.rowCount);
      // No period selected, only a year total or the footer: those figures, as shown (Ctrl+C
      // there copied nothing, and the clipboard kept whatever it had).
      const figures = rect ? null : workedOutFigures(state.active, state.extent, source);
      if (rect) e.clipboardData.setData('text/plain', actions.copy(rect));
      else if (figures && actions.copyFigures)
        e.clipboardData.setData('text/plain', actions.copyFigures(figures));
      else return;
      e.preventDefault();
    };

    const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
      if (isInput(e.target)) return;
      e.preventDefault();
      const { state, source, actions, readOnly } = ctx.current;
      if (readOnly) {
        actions.readOnlyAttempt?.(state.active.row);
        return;
      }
      const selected = selectionRect(state.active, state.extent, source.colCount, source.rowCount);
      // Only a year total or the footer selected: it adds up (pasting there changed December).
      if (
        !selected &&
        (state.active.col >= source.colCount || state.active.row >= source.rowCount)
      ) {
        actions.readOnlyAttempt?.(state.active.row, state.active.col);
        return;
      }
      const col = Math.min(Math.max(state.active.col, 0), source.colCount - 1);
      const at = { row: state.active.row, col };
      const rect = selected ?? {
        top: at.row,
        bottom: at.row,
        left: col,
        right: col,
      };
      actions.paste(rect, e.clipboardData.getData('text/plain'));
    };

    return {
      onKeyDown,
      onMouseDown,
      onMouseOver,
      onDoubleClick,
      onCopy,
      onPaste,
      editorApi,
      flushEditor,
    };
  }, []);

  // Leaving the page (a reload, the tab closed) keeps the value being typed, as a click elsewhere
  // does: it is committed at once (flushSync, effects included), before the draft is written as
  // the page goes (useDraft listens later, in the bubbling phase). It was lost without a word.
  useEffect(() => {
    const onPageHide = () => flushSync(handlers.flushEditor);
    window.addEventListener('pagehide', onPageHide, { capture: true });
    return () => window.removeEventListener('pagehide', onPageHide, { capture: true });
  }, [handlers]);
  return { handlers, pending };
}
