import type { FieldPropertiesJson, RightJson } from '../../../api/schemas/carrier.ts';
import {
  DEFAULT_READ_ONLY_REASON,
  parseFieldProperty,
  type FieldAccess,
} from '../../../rights/fieldAccess.ts';
import { asSentence } from '../../../rights/reason.ts';
import { parseTableRight, type TableAccess } from '../../../rights/tableAccess.ts';

/** An assignment with the rights the server computed for it (contract §2, §7). */
export interface AssignmentRights {
  readonly Locked: boolean;
  readonly TableRight?: RightJson | null;
  readonly FieldProperties?: FieldPropertiesJson;
}

/** Said when the server forbids changing a row without saying why. */
export const DEFAULT_ROW_RESTRICTION = 'You do not have permission to change this row.';

// One answer per (table access, Values access) pair: both are interned, so 10,000 rows with the
// same rights share one string and cost two lookups each.
const answers = new WeakMap<TableAccess, WeakMap<FieldAccess, string | null>>();

/**
 * Why the row's own rights forbid changing its values (TableRight without Update, or a Values
 * field that is read-only or hidden), as a sentence; null when they allow it. A row loaded
 * locked is left out: the server sends a locked row as Select ("This row is locked…"), which is
 * the lock's doing and is said as the lock; its restriction is said once it is unlocked, so
 * it is only given for a locked row whose Values are hidden.
 */
export function rowRestriction(a: AssignmentRights): string | null {
  const values = parseFieldProperty(a.FieldProperties?.Values);
  // Unless its figures are hidden: unlocked, such a row must not take values typed blind.
  if (a.Locked) return values.hidden ? asSentence(values.reason || DEFAULT_ROW_RESTRICTION) : null;
  const table = parseTableRight(a.TableRight);
  let byValues = answers.get(table);
  if (!byValues) answers.set(table, (byValues = new WeakMap()));
  let answer = byValues.get(values);
  if (answer === undefined) {
    const noTable = !table.unrestricted && !table.canUpdate;
    const noValues = values.readOnly || values.hidden;
    answer =
      noTable || noValues
        ? asSentence(
            (noTable ? table.reason : '') ||
              (noValues && values.reason !== DEFAULT_READ_ONLY_REASON ? values.reason : '') ||
              table.reason ||
              DEFAULT_ROW_RESTRICTION,
          )
        : null;
    byValues.set(values, answer);
  }
  return answer;
}
