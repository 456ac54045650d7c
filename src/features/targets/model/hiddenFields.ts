import type { FieldPropertiesJson, FieldPropertyJson } from '../../../api/schemas/carrier.ts';
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

// Whether a FieldRight mask hides its field (only the mask decides: no Read, no Write), per mask.
const hiddenByMask = new Map<string | number, boolean>();
function isHidden(json: FieldPropertyJson | null | undefined): boolean {
  const mask = json?.FieldRight?.Mask;
  if (mask === null || mask === undefined || mask === '') return false; // 0 is None: hidden
  let hidden = hiddenByMask.get(mask);
  if (hidden === undefined) hiddenByMask.set(mask, (hidden = parseFieldProperty(json).hidden));
  return hidden;
}

// Interned: rows with the same hidden fields share one frozen object (10,000 rows, a handful).
const answers = new Map<string, HiddenFields>();

/**
 * The fields of an assignment the user may not see, or null when they may see them all (the
 * usual case). O(1) per row and no allocation for a row that hides nothing: three lookups by
 * mask; the answer is interned.
 */
export function hiddenFieldsOf(a: {
  readonly FieldProperties?: FieldPropertiesJson;
}): HiddenFields | null {
  const props = a.FieldProperties;
  if (!props) return null;
  const values = isHidden(props.Values);
  const currency = isHidden(props.Currency);
  const locked = isHidden(props.Locked);
  if (!values && !currency && !locked) return null;
  const valuesReason = values ? asSentence(parseFieldProperty(props.Values).reason) : '';
  const key = `${+values}${+currency}${+locked}${valuesReason}`;
  let answer = answers.get(key);
  if (!answer) {
    answer = Object.freeze({ values, currency, locked, valuesReason });
    answers.set(key, answer);
  }
  return answer;
}

/** "1 user not shown", "3 users not shown": said where a sum leaves hidden rows out. */
export function notShownText(count: number, one = 'user', many = 'users'): string {
  return `${count} ${count === 1 ? one : many} not shown`;
}
