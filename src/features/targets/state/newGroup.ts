import { buildSavePayload } from '../model/buildSavePayload.ts';
import { applyAction, indexAssignments } from '../model/edits.ts';
import { copyFromLastYear, type FormatAmount } from '../model/rowActions.ts';
import { buildTargetRows, type AssignmentForRows } from '../model/rows.ts';
import type { Edits } from '../model/types.ts';
import { ownerKey, valuesByOwner } from '../hooks/ownerKey.ts';

interface TemplateGroup {
  readonly TargetGroupId: number;
  readonly Year: number;
  readonly TargetAssignments?: readonly AssignmentForRows[] | null;
}

/**
 * The body that creates a group from CreateDefaultTargetGroup's template: for `year`, and when
 * `lastYear` is given, each row starts from its owner's values last year raised by `percent`
 * (exact, per row, through the model's copyFromLastYear). New assignments get negative ids
 * meanwhile (sent as 0). `counts`: the target type counts things (MeasurementUnit Count), so the
 * copied values are whole numbers, whatever currency the template's rows carry. Returns the
 * body, how many rows were copied and, when a row could not be copied (the percentage is out of
 * range, or takes a value past the limit), why: such a group must not be created, as the row
 * would silently start at 0. A copied row keeps its owner's currency from last year: the template
 * gives every row the default currency, and last year's amounts are in the owner's own.
 */
export function newGroupBody<G extends TemplateGroup>(
  template: G,
  year: number,
  lastYear: readonly AssignmentForRows[] | null,
  percent: number,
  counts = false,
  format: FormatAmount = String,
): { body: G; copied: number; refused: string | null } {
  const currencies = lastYear ? currencyByOwner(lastYear) : new Map<string, Currency>();
  const assignments = (template.TargetAssignments ?? []).map((a, i) => {
    const currency = currencies.get(ownerKey(a));
    return {
      ...a,
      TargetAssignmentInfoId: a.TargetAssignmentInfoId > 0 ? a.TargetAssignmentInfoId : -(i + 1),
      ...(currency ? { Currency: currency } : {}),
    };
  });
  const group = { ...template, Year: year, TargetGroupId: 0, TargetAssignments: assignments };
  if (!lastYear) return { body: buildSavePayload(group, new Map()), copied: 0, refused: null };
  const previous = valuesByOwner(lastYear);
  const byId = new Map(assignments.map((a) => [a.TargetAssignmentInfoId, a]));
  const loaded = indexAssignments(assignments);
  let edits: Edits = new Map();
  let copied = 0;
  for (const row of buildTargetRows(assignments, edits, { counts })) {
    if (row.assignmentId === null) continue;
    const a = byId.get(row.assignmentId);
    const values = a && previous.get(ownerKey(a));
    if (!values) continue;
    const result = copyFromLastYear({ ...row, locked: false }, values, percent, format);
    if (!result.ok) {
      if (result.reason === 'invalid') return { body: template, copied, refused: result.message };
      continue; // last year's periods do not regroup into this year's: the row starts at 0
    }
    edits = applyAction(edits, result.action, loaded);
    copied++;
  }
  return { body: buildSavePayload(group, edits), copied, refused: null };
}

type Currency = NonNullable<AssignmentForRows['Currency']>;

/** Each owner's currency last year (the whole object, so unknown properties survive). */
function currencyByOwner(assignments: readonly AssignmentForRows[]): Map<string, Currency> {
  const m = new Map<string, Currency>();
  for (const a of assignments)
    if (a.Currency && !m.has(ownerKey(a))) m.set(ownerKey(a), a.Currency);
  return m;
}
