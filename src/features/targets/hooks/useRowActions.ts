import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { RowActionKind, RowMenuTarget } from '../components/RowActionsMenu.tsx';
import type { ValueActionKind } from '../components/RowActionDialog.tsx';
import {
  clearRow,
  copyFromLastYear,
  copyFromRow,
  distributeNewTotal,
  setRowLocked,
  setYearlyAmount,
} from '../model/rowActions.ts';
import type { TargetRow } from '../model/types.ts';
import { numberFormat } from '../grid/numberFormat.ts';
import type { PlannerGroup } from './plannerGroup.ts';
import type { Planner } from './usePlanner.ts';
import { lockRowReason, mayLockRow } from './mayLockRow.ts';
import { TOTALS_ROW_NO_ACTIONS } from '../model/totalsRowText.ts';

/** Last year's values for a row (matched by owner), or null when there are none. */
export type LastYearLookup = (row: TargetRow) => readonly number[] | null | 'loading';

/**
 * Row menu, row dialogs and the history panel: which is open, and what each action does
 * (through the model's row actions, as one undoable action each).
 */
export function useRowActions(
  planner: Planner,
  group: PlannerGroup,
  canEdit: boolean,
  lastYear: LastYearLookup,
  locale: string,
) {
  const [menu, setMenuState] = useState<RowMenuTarget | null>(null);
  // The menu asked for, at once: keys can come before it is rendered (see holdKeysForMenu).
  const menuAsked = useRef<RowMenuTarget | null>(null);
  const setMenu = useCallback((next: RowMenuTarget | null) => {
    menuAsked.current = next;
    setMenuState(next);
  }, []);
  const [dialog, setDialog] = useState<{ kind: ValueActionKind; row: number } | null>(null);
  const [historyRow, setHistoryRow] = useState<number | null>(null);
  const { get, run, say } = planner;

  const openRowMenu = useCallback(
    (row: number, anchor: HTMLElement) => {
      // A sum row has no action (nothing to type into, no history of its own): said, rather
      // than a menu of nothing but unavailable items.
      const rows = get().rows;
      // The totals footer (the grid's row after the last), active when Row actions is pressed.
      if (row === rows.length) return say(TOTALS_ROW_NO_ACTIONS, 'warning');
      const target = rows[row];
      if (target?.derived)
        return say(
          `${target.label} adds up the users above it: it has no row actions. Use those of the users' rows.`,
          'warning',
        );
      const r = anchor.getBoundingClientRect();
      setMenu({
        row,
        rect: { left: r.left, top: r.top, width: r.width, height: r.height },
        opener: anchor,
      });
    },
    [get, say, setMenu],
  );

  /**
   * Keys for the grid while its row menu is opening: Shift+F10 then an arrow key, fast (or right
   * after the page opened, the menu's code still loading), moved the grid's active row under the
   * menu, which then opened for the row before, and closing it left the focus on the other row.
   * They are held back (the menu takes the next ones); Escape gives up opening it.
   */
  const holdKeysForMenu = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      // (A menu whose row has gone never opens: the grid keeps its keys.)
      const asked = menuAsked.current;
      if (!asked || !get().rows[asked.row]) return;
      if (e.key === 'Escape') setMenu(null);
      e.preventDefault();
      e.stopPropagation();
    },
    [get, setMenu],
  );

  /** Lock right of a row: its own FieldProperties.Locked (the server computes it per user). */
  const canLockRow = useCallback(
    (row: TargetRow | null) => canEdit && mayLockRow(row, get().base.loaded),
    [get, canEdit],
  );
  /** Why the user may not lock or unlock a row ('' when they may, or may change nothing). */
  const lockReasonOf = useCallback(
    (row: TargetRow | null) => (canEdit ? lockRowReason(row, get().base.loaded) : ''),
    [get, canEdit],
  );

  const onMenuAction = useCallback(
    (kind: RowActionKind, index: number) => {
      const row = get().rows[index];
      if (!row) return;
      if (kind === 'clear') run(clearRow(row));
      else if (kind === 'lock') run(setRowLocked(row, !row.locked));
      else if (kind === 'history') setHistoryRow(index);
      else setDialog({ kind, row: index });
    },
    [get, run],
  );

  const applyDialog = useCallback(
    (kind: ValueActionKind, value: number, index: number): string | null => {
      const rows = get().rows;
      const row = rows[index];
      if (!row) return 'The row is gone.';
      // Amounts in messages and undo labels read as the user writes them.
      const fmt = (n: number) => numberFormat(locale, 6).format(n);
      let result;
      if (kind === 'yearly') result = setYearlyAmount(row, value, fmt);
      else if (kind === 'distribute') result = distributeNewTotal(row, value, fmt);
      else if (kind === 'copyRow') result = copyFromRow(row, rows[value]);
      else {
        const values = lastYear(row);
        if (values === 'loading') return 'Last year’s targets are still loading; try again.';
        if (!values) return `There are no targets for ${row.label} in ${group.Year - 1}.`;
        result = copyFromLastYear(row, values, value, fmt);
      }
      if (!result.ok) return result.message;
      run(result);
      return null;
    },
    [get, run, lastYear, group.Year, locale],
  );

  return {
    menu,
    closeMenu: useCallback(() => setMenu(null), [setMenu]),
    openRowMenu,
    holdKeysForMenu,
    canLockRow,
    lockReasonOf,
    onMenuAction,
    dialog,
    closeDialog: useCallback(() => setDialog(null), []),
    applyDialog,
    historyRow,
    closeHistory: useCallback(() => setHistoryRow(null), []),
  };
}
