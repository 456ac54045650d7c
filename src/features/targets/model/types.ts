/**
 * Types shared by the targets planner's pure logic (no React, no API imports).
 *
 * Units: every value in this folder is a number in MAJOR units (what the API's `Values: double[]`
 * carries, e.g. 1234.5 NOK). Arithmetic goes through integer minor units (money.ts) so results are
 * exact to the currency's smallest unit; functions that compute values take the row's `decimals`.
 */

import type { HiddenFields } from './hiddenFields.ts';

export type PeriodType = 'Year' | 'HalfYear' | 'Quarter' | 'Month';

/** Number of `Values` per PeriodType (contract §8). */
export const PERIOD_COUNTS: Readonly<Record<PeriodType, number>> = {
  Year: 1,
  HalfYear: 2,
  Quarter: 4,
  Month: 12,
};

/** What a grid row stands for. `groupSum` is the read-only "All" row summing a group's users. */
export type TargetRowKind = 'company' | 'group' | 'user' | 'groupSum';

/**
 * The rows the totals footer adds up: the users; without any (a target type on company and group
 * level only, contract §9) the user groups, so the footer is not a row of zeros; without groups
 * either, the company.
 */
export type TotalsOf = Exclude<TargetRowKind, 'groupSum'>;

/**
 * One row of the grid, in display order. Derived (`groupSum`) rows have `assignmentId` null.
 * New, unsaved assignments use negative ids (buildSavePayload sends them as 0).
 */
export interface TargetRow {
  /** Stable key: `a{assignmentId}` for assignments, `sum{groupId}` for derived rows. */
  readonly key: string;
  readonly kind: TargetRowKind;
  readonly assignmentId: number | null;
  /** The user group the row belongs to (group, its users, its sum row); null for company. */
  readonly groupId: number | null;
  /** Row header text (company name, group name, user full name, "All – group"). */
  readonly label: string;
  /**
   * Current values (original + edits), major units, one per period. Zeros for a row whose
   * figures the user may not see (`hidden.values`): nothing derived from them can show them.
   */
  readonly values: readonly number[];
  /** The row's own fields the user may not see (shared object); absent when they see them all. */
  readonly hidden?: HiddenFields;
  /** On a sum row: how many of its users' figures are hidden, so not added up (absent: none). */
  readonly notShown?: number;
  readonly locked: boolean;
  /**
   * Why the row's own rights (its TableRight / FieldProperties.Values) forbid changing it, as
   * the server says it; absent when they allow it. Such a row is read-only as a locked one is.
   */
  readonly restriction?: string;
  /** True for rows nobody can type into (derived sums). Locking is separate. */
  readonly derived: boolean;
  /**
   * Currency of the row's amounts (company/group rows; users inherit their group's): shown on the
   * row unless `currencyHidden`, and what the sums and totals keep apart.
   */
  readonly currency: string | null;
  /**
   * The user may not see the currency (its FieldRight has no Read, on the row or, for a user or
   * sum row, on its group's row): the code is not shown nor written anywhere for this row.
   */
  readonly currencyHidden?: true;
  /** Decimals of the row's currency (JPY 0, most others 2). */
  readonly decimals: number;
}

/** A cell address in the grid: `row` = index into the displayed rows, `col` = period index. */
export interface CellAddress {
  readonly row: number;
  readonly col: number;
}

/** An inclusive, normalised rectangle of cells. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One value change of one cell (assignment + period index), with before/after for undo. */
export interface CellChange {
  readonly assignmentId: number;
  readonly period: number;
  readonly before: number;
  readonly after: number;
}

/** One lock change of one row, with before/after for undo. */
export interface LockChange {
  readonly assignmentId: number;
  readonly before: boolean;
  readonly after: boolean;
}

/** A whole user action (a typed value, a paste, a clear, a distribution, a lock change). */
export interface EditAction {
  /**
   * What was done, as the live region says it and after "Undone: " / "Redone: ": a verb in the
   * past tense, e.g. "Pasted 3 × 12 cells (36 changed)", "Locked Leo Russo.".
   */
  readonly label: string;
  readonly cells: readonly CellChange[];
  readonly locks: readonly LockChange[];
}

/** The current (edited) state of an assignment that differs from what was loaded. */
export interface AssignmentEdit {
  readonly values: readonly number[];
  readonly locked: boolean;
}

/** Unsaved edits keyed by TargetAssignmentInfoId. Only assignments that differ are present. */
export type Edits = ReadonlyMap<number, AssignmentEdit>;

/** A refusal the UI shows as a message (and the live region announces). */
export interface Refusal {
  readonly ok: false;
  readonly reason: 'locked' | 'restricted' | 'derived' | 'outOfBounds' | 'invalid' | 'mismatch';
  /** A sentence for the user, naming the rows or cell at fault. */
  readonly message: string;
  /** Labels of the rows at fault (locked rows for a paste), when it is about rows. */
  readonly rows: readonly string[];
}

/** Result of an action that may be refused: the changes to apply as one undoable action. */
export type ActionResult = { readonly ok: true; readonly action: EditAction } | Refusal;

/**
 * The slice of a loaded TargetGroup the model reads (structurally matches the API schema's
 * parsed type; unknown properties pass through untouched).
 */
export interface TargetAssignmentLike {
  readonly TargetAssignmentInfoId: number;
  readonly Values: readonly number[];
  readonly Locked: boolean;
}

export interface TargetGroupLike {
  readonly TargetGroupId: number;
  readonly TargetAssignments?: readonly TargetAssignmentLike[] | null;
}
