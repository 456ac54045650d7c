import type { Edits, TargetRow } from './types.ts';

/** The slice of a loaded assignment the row builder reads (matches the API schema structurally). */
export interface AssignmentForRows {
  readonly TargetAssignmentInfoId: number;
  readonly Values: readonly number[];
  readonly Locked: boolean;
  readonly TargetAssociate?: {
    readonly AssociateId?: number;
    readonly FullName?: string | null;
    readonly Name?: string | null;
    readonly GroupIdx?: number | null;
  } | null;
  readonly TargetContact?: { readonly ContactId?: number; readonly Name?: string | null } | null;
  readonly TargetUserGroup?: { readonly Id?: number; readonly Value?: string | null } | null;
  readonly Currency?: { readonly Id?: number; readonly Value?: string | null } | null;
}

export interface BuildRowsOptions {
  /** Label of the derived sum row of a group, e.g. (g) => `All – ${g}`. */
  readonly sumLabel?: (groupName: string) => string;
}

/**
 * The grid's rows in display order: the company row, then per user group (by first appearance):
 * the group row, its users (sorted by name), and a derived, read-only sum-of-users row.
 * Users inherit their group's currency. `edits` overlay the loaded values and locks.
 */
export function buildTargetRows(
  assignments: readonly AssignmentForRows[],
  edits: Edits,
  options?: BuildRowsOptions,
): TargetRow[] {
  void assignments;
  void edits;
  void options;
  throw new Error('not implemented');
}

/** Column totals over assignment rows (derived rows excluded), exact to `decimals`. */
export function columnTotals(
  rows: readonly TargetRow[],
  periods: number,
  decimals: number,
): number[] {
  void rows;
  void periods;
  void decimals;
  throw new Error('not implemented');
}
