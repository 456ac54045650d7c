import type { GridRowKind, GridRowMeta, GridSource } from '../grid/types.ts';
import { isCellChanged, isLockChanged } from '../model/edits.ts';
import { notShownText } from '../model/hiddenFields.ts';
import { sumValues } from '../model/money.ts';
import type { TargetRow } from '../model/types.ts';
import type { PlannerState } from './plannerState.ts';

const KIND: Record<TargetRow['kind'], GridRowKind> = {
  company: 'company',
  group: 'group',
  user: 'user',
  groupSum: 'sum',
};

// Identical metas are one shared, frozen object (10,000 rows share a handful).
const metas = new Map<string, GridRowMeta>();
function metaFor(row: TargetRow, lockChanged: boolean): GridRowMeta {
  const showCurrency = row.kind === 'company' || row.kind === 'group';
  const currency = showCurrency && !row.currencyHidden ? (row.currency ?? undefined) : undefined;
  const currencyHidden = showCurrency && row.currencyHidden === true && row.currency !== null;
  const restriction = row.locked || row.derived ? undefined : row.restriction;
  const valuesHidden = row.hidden?.values === true;
  const notShown = row.notShown ?? 0;
  const key = `${row.kind}|${row.locked}|${lockChanged}|${row.derived}|${currency ?? ''}|${row.decimals}|${restriction ?? ''}|${valuesHidden ? (row.hidden?.valuesReason ?? '') : '-'}|${notShown}|${currencyHidden}`;
  let m = metas.get(key);
  if (!m) {
    m = Object.freeze({
      kind: KIND[row.kind],
      locked: row.locked,
      lockChanged,
      readOnly: row.locked || row.derived || restriction !== undefined || valuesHidden,
      readOnlyReason: row.derived
        ? 'Calculated: the sum of the users'
        : row.locked
          ? 'Locked'
          : (restriction ?? (valuesHidden ? row.hidden?.valuesReason || undefined : undefined)),
      ...(valuesHidden && { valuesHidden }),
      ...(currencyHidden && { currencyHidden }),
      ...(notShown > 0 && { note: notShownText(notShown) }),
      currency,
      level: row.kind === 'user' || row.kind === 'groupSum' ? 1 : 0,
      decimals: row.decimals,
    } satisfies GridRowMeta);
    metas.set(key, m);
  }
  return m;
}

/** Lowest and highest value, and the year total, of a row; kept per row object (unchanged rows
 * are the same object from state to state, so an edit costs one row). */
const rowExtremes = new WeakMap<TargetRow, readonly [number, number, number]>();
function extremesOf(row: TargetRow): readonly [number, number, number] {
  let e = rowExtremes.get(row);
  if (!e) {
    let min = 0;
    let max = 0;
    for (const v of row.values) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    e = [min, max, sumValues(row.values, row.decimals)];
    rowExtremes.set(row, e);
  }
  return e;
}

/** The grid's view of a planner state. Cheap to create: one per state. */
export function plannerGridSource(s: PlannerState): GridSource {
  const { rows, totals, edits, base } = s;
  return {
    rowCount: rows.length,
    colCount: base.periods,
    totalsVersion: totals,
    rowVersion: (r) => rows[r],
    value: (r, c) => rows[r].values[c] ?? 0,
    rowTotal: (r) => sumValues(rows[r].values, rows[r].decimals),
    colTotal: (c) => totals[c] ?? 0,
    grandTotal: () => sumValues(totals, base.totalsDecimals),
    totalsDecimals: base.totalsDecimals,
    rowLabel: (r) => rows[r].label,
    rowMeta: (r) => {
      const id = rows[r].assignmentId;
      return metaFor(rows[r], id !== null && isLockChanged(edits, base.loaded, id));
    },
    valuesVersion: rows,
    extremes: () => {
      const values: [number, number] = [0, 0];
      const totals: [number, number] = [0, 0];
      let decimals = 0;
      for (const row of rows) {
        if (row.decimals > decimals) decimals = row.decimals;
        const [min, max, total] = extremesOf(row);
        if (min < values[0]) values[0] = min;
        if (max > values[1]) values[1] = max;
        if (total < totals[0]) totals[0] = total;
        if (total > totals[1]) totals[1] = total;
      }
      return { values, totals, decimals };
    },
    isChanged: (r, c) => {
      const id = rows[r].assignmentId;
      return id !== null && isCellChanged(edits, base.loaded, id, c);
    },
  };
}
