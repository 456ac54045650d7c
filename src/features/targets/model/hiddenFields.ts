import type { FieldPropertiesJson } from '../../../api/schemas/carrier.ts';
import { parseFieldProperty } from '../../../rights/fieldAccess.ts';
import { asSentence } from '../../../rights/reason.ts';

/**
 * Which of a row's own fields the user may not see (FieldRight without Read, contract §2): its
 * figures (Values), its currency, its lock state. Hidden fields are not shown at all.
 */
export interface HiddenFields {
  readonly values: boolean;
  readonly currency: boolean;
  readonly locked: boolean;
  /** Why the figures are not shown, as the server says it (a sentence), or ''. */
  readonly valuesReason: string;
}

// Interned: rows with the same rights share one frozen object (10,000 rows, a handful of these).
// FieldAccess objects are interned too, so two lookups per field and no string per row.
const byValues = new WeakMap<object, WeakMap<object, WeakMap<object, HiddenFields | null>>>();

/**
 * The fields of an assignment the user may not see, or null when they may see them all (the
 * usual case). O(1) per row: the rights are parsed into interned accesses and answered once per
 * combination.
 */
export function hiddenFieldsOf(a: {
  readonly FieldProperties?: FieldPropertiesJson;
}): HiddenFields | null {
  const props = a.FieldProperties;
  if (!props) return null;
  const values = parseFieldProperty(props.Values);
  const currency = parseFieldProperty(props.Currency);
  const locked = parseFieldProperty(props.Locked);
  let byCurrency = byValues.get(values);
  if (!byCurrency) byValues.set(values, (byCurrency = new WeakMap()));
  let byLocked = byCurrency.get(currency);
  if (!byLocked) byCurrency.set(currency, (byLocked = new WeakMap()));
  let answer = byLocked.get(locked);
  if (answer === undefined) {
    answer =
      values.hidden || currency.hidden || locked.hidden
        ? Object.freeze({
            values: values.hidden,
            currency: currency.hidden,
            locked: locked.hidden,
            valuesReason: values.hidden ? asSentence(values.reason) : '',
          })
        : null;
    byLocked.set(locked, answer);
  }
  return answer;
}

/** "1 user not shown", "3 users not shown": said where a sum leaves hidden rows out. */
export function notShownText(count: number, one = 'user', many = 'users'): string {
  return `${count} ${count === 1 ? one : many} not shown`;
}
