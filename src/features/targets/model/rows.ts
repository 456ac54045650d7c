import type { FieldPropertiesJson } from '../../../api/schemas/carrier.ts';
import { hiddenFieldsOf } from './hiddenFields.ts';
import { currencyDecimals, fromMinor, toMinor } from './money.ts';
import { DEFAULT_ROW_RESTRICTION } from './rowRestriction.ts';
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
  /** The row's own field rights: a field without Read is not shown (hiddenFieldsOf). */
  readonly FieldProperties?: FieldPropertiesJson;
}

// The figures of a row whose Values are hidden: one shared array of zeros per period count.
const zeros = new Map<number, readonly number[]>();
function zerosOf(length: number): readonly number[] {
  let z = zeros.get(length);
  if (!z) zeros.set(length, (z = Object.freeze(new Array<number>(length).fill(0))));
  return z;
}

export interface BuildRowsOptions {
  /** Label of the derived sum row of a group. Default: `All – ${groupName}`. */
  readonly sumLabel?: (groupName: string) => string;
  /**
   * Decimals of a currency (e.g. from the currency MDO list's ExtraInfo "decimals=0"). Default:
   * currencyDecimals (Intl, by ISO code; 2 for unknown codes).
   */
  readonly decimalsFor?: (currency: string | null) => number;
  /** Label of a group that has users but no group row. Default: `Group ${id}`. */
  readonly unnamedGroup?: (groupId: number) => string;
  /**
   * The targets count things (the dimension's MeasurementUnit is Count): whole numbers, no
   * currency.
   */
  readonly counts?: boolean;
  /**
   * Why an assignment's own rights forbid changing it (see rowRestriction), or null. Default:
   * none are restricted.
   */
  readonly restrictionOf?: (a: AssignmentForRows) => string | null;
}

interface Section {
  groupRow: AssignmentForRows | null;
  users: AssignmentForRows[];
}

/**
 * The grid's rows in display order: company rows, then per user group (group rows in the order
 * received, then groups that only have users): the group row, its users in the order received,
 * and, when it has users, a derived, read-only sum-of-users row. Users inherit their group's currency. `edits`
 * overlay the loaded values and locks. A row whose Values the user may not see has zeros for
 * values, so its group's sum adds up the users shown (and counts the others: `notShown`).
 * Linear in the number of assignments.
 */
export function buildTargetRows(
  assignments: readonly AssignmentForRows[],
  edits: Edits,
  options: BuildRowsOptions = {},
): TargetRow[] {
  const sumLabel = options.sumLabel ?? ((g: string) => `All – ${g}`);
  const unnamed = options.unnamedGroup ?? ((id: number) => `Group ${id}`);
  const decimalsFor = options.counts ? () => 0 : (options.decimalsFor ?? currencyDecimals);
  const restrictionOf = options.restrictionOf;
  const currencyOf = (a: AssignmentForRows | null | undefined) =>
    options.counts ? null : (a?.Currency?.Value ?? null);
  const company: AssignmentForRows[] = [];
  const sections = new Map<number, Section>();
  const section = (id: number) => {
    let s = sections.get(id);
    if (!s) sections.set(id, (s = { groupRow: null, users: [] }));
    return s;
  };
  for (const a of assignments) {
    if (a.TargetUserGroup) section(a.TargetUserGroup.Id ?? 0).groupRow ??= a;
    else if (a.TargetAssociate) section(a.TargetAssociate.GroupIdx ?? 0).users.push(a);
    else company.push(a);
  }
  const rows: TargetRow[] = [];
  const toRow = (
    a: AssignmentForRows,
    kind: TargetRow['kind'],
    groupId: number | null,
    label: string,
    currency: string | null,
    decimals: number,
    /** The row's group's currency is hidden (a user inherits it so). */
    groupCurrencyHidden = false,
  ): TargetRow => {
    const edit = edits.get(a.TargetAssignmentInfoId);
    const hidden = hiddenFieldsOf(a) ?? undefined;
    const values = edit?.values ?? a.Values;
    const locked = edit?.locked ?? a.Locked;
    // A lock the user may not see is not shown: the row is not locked to them, and a locked one
    // is one they may not change, for no reason they may see.
    const lockHidden = hidden?.locked === true;
    const restriction = restrictionOf
      ? (restrictionOf(a) ?? (lockHidden && locked ? DEFAULT_ROW_RESTRICTION : undefined))
      : undefined;
    return {
      key: `a${a.TargetAssignmentInfoId}`,
      kind,
      assignmentId: a.TargetAssignmentInfoId,
      groupId,
      label,
      values: hidden?.values ? zerosOf(values.length) : values,
      locked: lockHidden ? false : locked,
      ...(restriction !== undefined && { restriction }),
      ...(hidden && { hidden }),
      ...((hidden?.currency || groupCurrencyHidden) && { currencyHidden: true as const }),
      derived: false,
      currency,
      decimals,
    };
  };
  for (const a of company) {
    const currency = currencyOf(a);
    rows.push(
      toRow(
        a,
        'company',
        null,
        a.TargetContact?.Name ?? 'Company',
        currency,
        decimalsFor(currency),
      ),
    );
  }
  // Group rows first in the order received, then groups that only have users.
  const ordered = [...sections.entries()].sort(
    (x, y) => Number(y[1].groupRow !== null) - Number(x[1].groupRow !== null),
  );
  for (const [groupId, s] of ordered) {
    const name = s.groupRow?.TargetUserGroup?.Value ?? unnamed(groupId);
    const currency = currencyOf(s.groupRow);
    const decimals = decimalsFor(currency);
    // Users and the sum row show their group's currency: hidden on the group row, on them too.
    const currencyHidden = s.groupRow ? hiddenFieldsOf(s.groupRow)?.currency === true : false;
    if (s.groupRow) rows.push(toRow(s.groupRow, 'group', groupId, name, currency, decimals));
    const periods = s.groupRow?.Values.length ?? s.users[0]?.Values.length ?? 0;
    const sums = new Array<number>(periods).fill(0);
    let notShown = 0;
    for (const u of s.users) {
      const label =
        u.TargetAssociate?.FullName ||
        u.TargetAssociate?.Name ||
        `User ${u.TargetAssociate?.AssociateId ?? ''}`;
      const row = toRow(u, 'user', groupId, label, currency, decimals, currencyHidden);
      rows.push(row);
      // A user whose figures are hidden adds nothing (their row's values are zeros): counted.
      if (row.hidden?.values) notShown++;
      for (let p = 0; p < periods; p++) sums[p] += toMinor(row.values[p] ?? 0, decimals);
    }
    // A group without users (a target type on company and group level only) has no sum of them.
    if (s.users.length === 0) continue;
    rows.push({
      key: `sum${groupId}`,
      kind: 'groupSum',
      assignmentId: null,
      groupId,
      label: sumLabel(name),
      values: sums.map((m) => fromMinor(m, decimals)),
      locked: false,
      derived: true,
      currency,
      decimals,
      ...(notShown > 0 && { notShown }),
      ...(currencyHidden && { currencyHidden: true as const }),
    });
  }
  return rows;
}

/**
 * Column totals, exact, over the rows `include` selects (default: user rows, so the footer is
 * the sum of all users; company and group targets are separate figures). Uses the largest
 * decimals among the included rows.
 */
export function columnTotals(
  rows: readonly TargetRow[],
  periods: number,
  include: (row: TargetRow) => boolean = (r) => r.kind === 'user',
): number[] {
  const picked = rows.filter(include);
  const decimals = picked.reduce((d, r) => Math.max(d, r.decimals), 0);
  const sums = new Array<number>(periods).fill(0);
  for (const r of picked)
    for (let p = 0; p < periods; p++) sums[p] += toMinor(r.values[p] ?? 0, decimals);
  return sums.map((m) => fromMinor(m, decimals));
}
