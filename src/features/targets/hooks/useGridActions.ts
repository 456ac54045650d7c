import { useMemo } from 'react';
import { numberFormat } from '../grid/numberFormat.ts';
import type { GridActions } from '../grid/types.ts';
import { amountTooLarge } from '../model/amountLimit.ts';
import { applyClear } from '../model/applyClear.ts';
import { applyPaste, nameRows } from '../model/applyPaste.ts';
import { roundToUnit } from '../model/money.ts';
import { parseLocaleNumber } from '../model/numberText.ts';
import { notAnAmountText } from '../model/notAnAmountText.ts';
import { roundedAmountText, roundedValuesText } from '../model/roundedValues.ts';
import { readPastedBlock } from '../model/readPastedBlock.ts';
import { formatTsv } from '../model/tsv.ts';
import { lockedPasteNextStep, lockedRowText } from '../model/lockedRowText.ts';
import { restrictedRowText, restrictionReasons } from '../model/restrictedRowText.ts';
import { TOTALS_ROW_READ_ONLY } from '../model/totalsRowText.ts';
import type { TargetRow } from '../model/types.ts';
import { mayLockRow } from './mayLockRow.ts';
import type { Planner } from './usePlanner.ts';

/**
 * The grid's actions on top of the planner: parsing, the model's paste / clear rules, and what
 * the live region says. `canEdit` false (viewer) makes every change a polite refusal.
 */
export function useGridActions(
  planner: Planner,
  locale: string,
  canEdit: boolean,
  openRowMenu: (row: number, anchor: HTMLElement) => void,
  periodNames: readonly string[] = [],
): GridActions {
  const { get, run, say, undo, redo } = planner;
  return useMemo<GridActions>(() => {
    const refuse = () => say('You can only view these targets.', 'warning');
    const copied = (matrix: readonly (readonly (number | null)[])[]) => {
      const cells = matrix.length * (matrix[0]?.length ?? 0);
      say(`Copied ${cells} ${cells === 1 ? 'cell' : 'cells'}.`);
      return formatTsv(matrix, locale);
    };
    return {
      commitEdit(row, col, text) {
        const r = get().rows[row];
        if (canEdit && r?.restriction && !r.locked && !r.derived) return restrictedRowText(r);
        if (!canEdit || !r || r.derived || r.locked || r.assignmentId === null)
          return `${r?.label ?? 'This row'} cannot be changed.`;
        const v = parseLocaleNumber(text, locale, r.currency);
        if (v === undefined) return notAnAmountText(text, locale, r.currency, r.currencyHidden);
        const tooLarge = amountTooLarge(v ?? 0, (n) => numberFormat(locale).format(n));
        if (tooLarge) return tooLarge;
        const after = roundToUnit(v ?? 0, r.decimals);
        const before = r.values[col];
        // Kept to the row's smallest unit, and said: 123.45 in a JPY row is 123.
        const rounded =
          after !== (v ?? 0)
            ? roundedAmountText(
                v ?? 0,
                after,
                r.currency,
                r.decimals,
                numberFormat(locale, 6).format,
              )
            : null;
        if (after === before) {
          if (rounded) say(rounded);
          return null;
        }
        run(
          {
            ok: true,
            action: {
              label: `Set ${r.label}, ${periodNames[col] ?? `period ${col + 1}`}`,
              cells: [{ assignmentId: r.assignmentId, period: col, before, after }],
              locks: [],
            },
          },
          true,
        );
        if (rounded) say(rounded);
        return null;
      },
      paste(selection, text) {
        if (!canEdit) return refuse();
        const s = get();
        const parsed = readPastedBlock(text, locale, s.rows, selection, periodNames);
        if (!parsed.ok) return say(parsed.message, 'warning');
        const result = applyPaste(s.rows, selection, parsed.matrix, s.base.periods);
        if (!result.ok && result.reason === 'locked') {
          // Says what to do, as typing on a locked row does.
          const locked = s.rows.filter((r) => r.locked && result.rows.includes(r.label));
          const may = (r: TargetRow) => mayLockRow(r, s.base.loaded);
          const next = lockedPasteNextStep(
            locked.filter(may).map((r) => r.label),
            locked.filter((r) => !may(r)).map((r) => r.label),
          );
          return void run({ ...result, message: `${result.message} ${next}` });
        }
        const rounded = result.ok && roundedValuesText(result.rounded, periodNames, locale);
        if (!rounded) return void run(result);
        // Kept to the rows' smallest unit, and said after what the paste changed.
        if (run(result, true)) say(`${result.action.label}. ${rounded}`);
      },
      clear(rect) {
        if (!canEdit) return refuse();
        const { action, skippedLocked, skippedRestricted } = applyClear(get().rows, rect);
        const skipped =
          (skippedLocked.length
            ? ` Locked rows left as they are: ${nameRows(skippedLocked)}.`
            : '') +
          (skippedRestricted.length
            ? ` Rows you may not change left as they are: ${nameRows(skippedRestricted.map((r) => r.label))}. ${restrictionReasons(skippedRestricted)}`
            : '');
        // Only sum rows selected: their figures are there, so "Nothing to clear" misled.
        const inRange = get().rows.slice(rect.top, rect.bottom + 1);
        if (
          action.cells.length === 0 &&
          !skipped &&
          inRange.length &&
          inRange.every((r) => r.derived)
        )
          return say(
            `${nameRows(inRange.map((r) => r.label))} ${inRange.length === 1 ? 'adds' : 'add'} up the users above ${inRange.length === 1 ? 'it' : 'them'} and cannot be cleared: clear the users' rows instead.`,
            'warning',
          );
        if (action.cells.length === 0)
          return say(`Nothing to clear.${skipped}`, skipped ? 'warning' : 'info');
        run({
          ok: true,
          action: { ...action, label: skipped ? `${action.label}.${skipped}` : action.label },
        });
      },
      copy(rect) {
        const rows = get().rows;
        const matrix: (number | null)[][] = [];
        // Figures the user may not see copy as empty cells.
        for (let r = rect.top; r <= rect.bottom; r++)
          matrix.push(
            rows[r].hidden?.values
              ? new Array<null>(rect.right - rect.left + 1).fill(null)
              : rows[r].values.slice(rect.left, rect.right + 1),
          );
        return copied(matrix);
      },
      copyFigures: copied,
      undo,
      redo,
      readOnlyAttempt(row, col) {
        if (!canEdit) return refuse();
        const rows = get().rows;
        // The grid's last row is the totals footer, below the rows.
        if (row === rows.length) return say(TOTALS_ROW_READ_ONLY, 'warning');
        const r = rows[row];
        if (!r) return;
        const restricted = !r.derived && !r.locked && !!r.restriction;
        if (col === -1 && !r.derived && !r.locked && !restricted)
          return say(
            `The name of ${r.label} cannot be typed into: move to a period (Right arrow) to type a value, or press Enter for its row actions.`,
            'warning',
          );
        if (col === get().base.periods && !r.derived && !r.locked && !restricted)
          return say(
            `The year total of ${r.label} adds up its periods: type or paste into a period, or use Row actions, Distribute a new total.`,
            'warning',
          );
        say(
          r.derived
            ? `${r.label} is calculated from the users and cannot be typed into.`
            : restricted
              ? restrictedRowText(r)
              : lockedRowText(r.label, mayLockRow(r, get().base.loaded)),
          'warning',
        );
      },
      editDropped(row, col, error) {
        const label = get().rows[row]?.label ?? 'This row';
        say(
          `${error} ${label}, ${periodNames[col] ?? `period ${col + 1}`} was left as it was.`,
          'warning',
        );
      },
      openRowMenu,
    };
  }, [get, run, say, undo, redo, locale, canEdit, openRowMenu, periodNames]);
}
