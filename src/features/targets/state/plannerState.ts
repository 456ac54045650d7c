import { applyAction, indexAssignments } from '../model/edits.ts';
import { fromMinor, toMinor } from '../model/money.ts';
import { rowRestriction } from '../model/rowRestriction.ts';
import { buildTargetRows, columnTotals, type AssignmentForRows } from '../model/rows.ts';
import type { EditAction, Edits, TargetRow, TotalsOf } from '../model/types.ts';
import {
  createUndoStack,
  pushAction,
  redo as redoStack,
  undo as undoStack,
  type UndoStack,
} from '../model/undoStack.ts';

/** What the planner works on: the loaded group, fixed for one load. */
export interface PlannerBase {
  readonly assignments: readonly AssignmentForRows[];
  readonly loaded: ReadonlyMap<number, AssignmentForRows>;
  readonly periods: number;
  /** Row index of each assignment (row order never changes with edits). */
  readonly rowOf: ReadonlyMap<number, number>;
  /** Per group id: index of its first user row and of its sum row. */
  readonly groupSpan: ReadonlyMap<number, { from: number; sum: number }>;
  /** The rows the footer adds up (see TotalsOf). */
  readonly totalsOf: TotalsOf;
  /** Decimals of the footer totals (the largest among the rows they add up). */
  readonly totalsDecimals: number;
  /**
   * The currency the footer totals are in: with the rows it adds up (totalsOf) in several
   * currencies, only those in the most common one are added up (amounts in different currencies
   * do not add up); the others are listed in `otherCurrencies` (those the user may see). Null
   * when they have no currency.
   */
  readonly totalsCurrency: string | null;
  readonly otherCurrencies: readonly string[];
  /** The user may see the totals' currency on none of the rows: it is not named. */
  readonly totalsCurrencyHidden: boolean;
  /** Rows in other currencies the user may not see are left out too (not in otherCurrencies). */
  readonly otherCurrenciesHidden: boolean;
  /** How many of the rows the footer adds up have figures the user may not see (left out). */
  readonly totalsNotShown: number;
}

/** The edited state: one immutable value per user action, so undo/redo and React stay simple. */
export interface PlannerState {
  readonly base: PlannerBase;
  readonly edits: Edits;
  readonly stack: UndoStack;
  readonly rows: readonly TargetRow[];
  /** Footer: totals of the `base.totalsOf` rows per period. */
  readonly totals: readonly number[];
}

function totalsOfRows(rows: readonly TargetRow[]): TotalsOf {
  let hasGroup = false;
  for (const r of rows) {
    if (r.kind === 'user') return 'user';
    if (r.kind === 'group') hasGroup = true;
  }
  return hasGroup ? 'group' : 'company';
}

/**
 * The most common currency among the rows the footer adds up (first seen wins a tie), and the
 * others. Rows without a currency are counted with it (they are in the tenant's default currency).
 */
function totalsCurrencyOf(
  rows: readonly TargetRow[],
  totalsOf: TotalsOf,
): {
  currency: string | null;
  others: string[];
  /** The currency is on no row whose currency the user may see: not to be named. */
  currencyHidden: boolean;
  /** Some other currency is on no row whose currency the user may see (left out of `others`). */
  othersHidden: boolean;
} {
  const counts = new Map<string | null, number>();
  const shown = new Set<string>();
  for (const r of rows)
    if (r.kind === totalsOf && r.currency !== null) {
      counts.set(r.currency, (counts.get(r.currency) ?? 0) + 1);
      if (!r.currencyHidden) shown.add(r.currency);
    }
  let currency: string | null = null;
  let best = -1;
  for (const [c, n] of counts) if (n > best) [currency, best] = [c, n];
  const others = [...counts.keys()].filter((c): c is string => c !== currency && c !== null);
  return {
    currency,
    others: others.filter((c) => shown.has(c)).sort(),
    currencyHidden: currency !== null && !shown.has(currency),
    othersHidden: others.some((c) => !shown.has(c)),
  };
}

export function createPlannerState(
  assignments: readonly AssignmentForRows[],
  periods: number,
  edits: Edits = new Map(),
  options: {
    counts?: boolean;
    /** Read each row's own rights (rowRestriction): false where the whole group is read-only. */
    rowRights?: boolean;
  } = {},
): PlannerState {
  const rows = buildTargetRows(assignments, edits, {
    counts: options.counts,
    restrictionOf: options.rowRights ? rowRestriction : undefined,
  });
  const totalsOf = totalsOfRows(rows);
  const {
    currency: totalsCurrency,
    others: otherCurrencies,
    currencyHidden: totalsCurrencyHidden,
    othersHidden: otherCurrenciesHidden,
  } = totalsCurrencyOf(rows, totalsOf);
  const inTotals = (r: TargetRow) => r.currency === totalsCurrency || r.currency === null;
  const rowOf = new Map<number, number>();
  const groupSpan = new Map<number, { from: number; sum: number }>();
  let from = -1;
  let totalsDecimals = 0;
  let sumDecimals = -1; // the sum rows' decimals; -2 once they differ
  let totalsNotShown = 0; // their figures are zeros (buildTargetRows): the totals leave them out
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r.assignmentId !== null) rowOf.set(r.assignmentId, i);
    if (r.hidden?.values && r.kind === totalsOf && inTotals(r)) totalsNotShown++;
    if (r.kind === totalsOf && inTotals(r) && r.decimals > totalsDecimals)
      totalsDecimals = r.decimals;
    if (r.kind === 'user') {
      if (from < 0) from = i;
    } else if (r.kind === 'groupSum' && r.groupId !== null) {
      groupSpan.set(r.groupId, { from: from < 0 ? i : from, sum: i });
      from = -1;
      if (inTotals(r))
        sumDecimals = sumDecimals === -1 || sumDecimals === r.decimals ? r.decimals : -2;
    } else if (r.kind === 'group') from = -1;
  }
  const base: PlannerBase = {
    assignments,
    loaded: indexAssignments(assignments),
    periods,
    rowOf,
    groupSpan,
    totalsOf,
    totalsDecimals,
    totalsCurrency,
    otherCurrencies,
    totalsNotShown,
    totalsCurrencyHidden,
    otherCurrenciesHidden,
  };
  // Every user row is in exactly one group's sum row: when those share the footer's unit, the
  // footer is the sum of the sum rows (exact, and 10,000 rows fewer to add up on load).
  const totals =
    totalsOf === 'user' && sumDecimals === totalsDecimals
      ? columnTotals(rows, periods, (r) => r.kind === 'groupSum' && inTotals(r))
      : columnTotals(rows, periods, (r) => r.kind === totalsOf && inTotals(r));
  return { base, edits, stack: createUndoStack(), rows, totals };
}

/**
 * Applies an action's changes to edits, rows, group sums and totals, touching only the rows the
 * action changes (and their groups' sum rows, by the exact change in minor units): O(changed
 * cells), not O(rows).
 */
function applyChanges(s: PlannerState, action: EditAction): PlannerState {
  const { base } = s;
  const edits = applyAction(s.edits, action, base.loaded);
  const rows = s.rows.slice();
  const touched = new Set<number>();
  for (const c of action.cells) touched.add(c.assignmentId);
  for (const l of action.locks) touched.add(l.assignmentId);
  // Per group: the change of its users' sum, in minor units (users share their group's unit).
  const groupDelta = new Map<number, number[]>();
  let totals: number[] | null = null;
  for (const id of touched) {
    const i = base.rowOf.get(id);
    if (i === undefined) continue;
    const old = rows[i];
    const edit = edits.get(id);
    const a = base.loaded.get(id);
    // Figures the user may not see stay zeros (a lock change still applies).
    const values = old.hidden?.values ? old.values : (edit?.values ?? a?.Values ?? old.values);
    // A lock the user may not see stays as shown (not locked to them).
    const locked = old.hidden?.locked ? old.locked : (edit?.locked ?? a?.Locked ?? old.locked);
    rows[i] = { ...old, values, locked };
    if (values === old.values) continue;
    const counted =
      old.kind === base.totalsOf && (old.currency === base.totalsCurrency || old.currency === null);
    if (!counted && old.kind !== 'user') continue;
    if (counted) totals ??= s.totals.slice();
    // A user's change also changes their group's sum row.
    let gd = old.kind !== 'user' || old.groupId === null ? undefined : groupDelta.get(old.groupId);
    if (!gd && old.kind === 'user' && old.groupId !== null) {
      gd = new Array<number>(base.periods).fill(0);
      groupDelta.set(old.groupId, gd);
    }
    const d = old.decimals;
    for (let p = 0; p < base.periods; p++) {
      if (values[p] === old.values[p]) continue;
      if (gd) gd[p] += toMinor(values[p] ?? 0, d) - toMinor(old.values[p] ?? 0, d);
      if (!counted || !totals) continue;
      const D = base.totalsDecimals;
      const delta = toMinor(values[p] ?? 0, D) - toMinor(old.values[p] ?? 0, D);
      totals[p] = fromMinor(toMinor(totals[p], D) + delta, D);
    }
  }
  for (const [g, delta] of groupDelta) {
    const span = base.groupSpan.get(g);
    if (!span) continue;
    const sum = rows[span.sum];
    const d = sum.decimals;
    rows[span.sum] = {
      ...sum,
      values: sum.values.map((v, p) => fromMinor(toMinor(v, d) + (delta[p] ?? 0), d)),
    };
  }
  return { ...s, edits, rows, totals: totals ?? s.totals };
}

/** Records and applies a new user action (no-op for an empty one). */
export function perform(s: PlannerState, action: EditAction): PlannerState {
  const stack = pushAction(s.stack, action);
  if (stack === s.stack) return s;
  return { ...applyChanges(s, action), stack };
}

export function undo(s: PlannerState): { state: PlannerState; action: EditAction | null } {
  const r = undoStack(s.stack);
  if (!r.apply) return { state: s, action: null };
  return { state: { ...applyChanges(s, r.apply), stack: r.stack }, action: r.apply };
}

export function redo(s: PlannerState): { state: PlannerState; action: EditAction | null } {
  const r = redoStack(s.stack);
  if (!r.apply) return { state: s, action: null };
  return { state: { ...applyChanges(s, r.apply), stack: r.stack }, action: r.apply };
}

/** Number of cells and lock flags that differ from what was loaded. */
export function countChanges(s: PlannerState): number {
  let n = 0;
  for (const [id, e] of s.edits) {
    const a = s.base.loaded.get(id);
    if (!a) continue;
    for (let p = 0; p < e.values.length; p++) if (e.values[p] !== a.Values[p]) n++;
    if (e.locked !== a.Locked) n++;
  }
  return n;
}
