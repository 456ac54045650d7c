import type { FieldPropertyJson } from '../api/schemas/carrier.ts';
import { parseFlags } from '../api/schemas/flags.ts';
import { characterLimit } from './characterLimit.ts';
import { asSentence, readableReason } from './reason.ts';
import { FieldRight, has, fieldRightNames } from './rightFlags.ts';

/** How one field is shown and validated (product.md "Rights → UI"). */
export interface FieldAccess {
  readonly hidden: boolean;
  readonly readOnly: boolean;
  readonly mandatory: boolean;
  /** From FieldLength when > 0, on text fields only (characterLimit). */
  readonly maxLength?: number;
  /** A sentence to show with the field ('' when there is nothing to say). */
  readonly reason: string;
  /**
   * What an empty mandatory field says on save: the server's Reason for the mandatory hint ("This
   * field must be filled in"), which is a rule to enforce, not a description to show at all times.
   */
  readonly requiredMessage: string;
  /** .NET type name (System.String, System.Int32, …) or ''. */
  readonly fieldType: string;
}

export const FULL_ACCESS: FieldAccess = Object.freeze({
  hidden: false,
  readOnly: false,
  mandatory: false,
  reason: '',
  requiredMessage: '',
  fieldType: '',
});

export const DEFAULT_REQUIRED_MESSAGE = 'This field is required.';

export const DEFAULT_READ_ONLY_REASON = 'You do not have permission to change this field.';

// Interned: the targets grid asks for 10,000s of these; equal inputs share one frozen object.
const cache = new Map<string, FieldAccess>();

function intern(key: string, make: () => FieldAccess): FieldAccess {
  let hit = cache.get(key);
  if (!hit) {
    hit = Object.freeze(make());
    cache.set(key, hit);
  }
  return hit;
}

/**
 * FieldProperty → FieldAccess. Absent property or absent mask: full access (keeping FieldLength).
 * None → hidden; Read without Write, or UIHintReadOnly → read-only; UIHintMandatory → mandatory.
 * A mask of only unknown names is shown read-only rather than hidden.
 */
export function parseFieldProperty(json: FieldPropertyJson | null | undefined): FieldAccess {
  if (!json) return FULL_ACCESS;
  const rawMask = json.FieldRight?.Mask;
  const rawReason = json.FieldRight?.Reason ?? '';
  const fieldType = json.FieldType ?? '';
  const maxLength = characterLimit(fieldType, json.FieldLength);
  const key = `${rawMask ?? ''}\u0000${rawReason}\u0000${fieldType}\u0000${maxLength ?? ''}`;

  return intern(key, () => {
    if (rawMask === null || rawMask === undefined || rawMask === '')
      return { ...FULL_ACCESS, maxLength, fieldType };
    const { value, unknown } = parseFlags(rawMask, fieldRightNames);
    const canRead = has(value, FieldRight.Read);
    const canWrite = has(value, FieldRight.Write);
    const onlyUnknown = !canRead && !canWrite && unknown.length > 0;
    const hidden = !canRead && !canWrite && !onlyUnknown;
    const readOnly = !hidden && (onlyUnknown || !canWrite || has(value, FieldRight.UIHintReadOnly));
    const mandatory = !hidden && has(value, FieldRight.UIHintMandatory);
    const readable = readableReason(rawReason);
    // On a field the user can fill in, a mandatory field's Reason says that it must be filled in:
    // it becomes the error shown when it is left empty, not a hint under a field that has a value.
    if (mandatory && !readOnly) {
      const requiredMessage = readable ? asSentence(readable) : DEFAULT_REQUIRED_MESSAGE;
      return { hidden, readOnly, mandatory, maxLength, reason: '', requiredMessage, fieldType };
    }
    const reason = readable || (readOnly ? DEFAULT_READ_ONLY_REASON : '');
    const requiredMessage = mandatory ? DEFAULT_REQUIRED_MESSAGE : '';
    return { hidden, readOnly, mandatory, maxLength, reason, requiredMessage, fieldType };
  });
}

/** The same access made read-only (whole form locked), with `reason`; interned too. */
export function asReadOnly(access: FieldAccess, reason: string): FieldAccess {
  // A field that is read-only for its own stated reason keeps that (more specific) reason.
  if (access.hidden || (access.readOnly && access.reason !== DEFAULT_READ_ONLY_REASON))
    return access;
  const key = `ro\u0000${reason}\u0000${access.mandatory}\u0000${access.fieldType}\u0000${access.maxLength ?? ''}`;
  return intern(key, () => ({ ...access, readOnly: true, reason }));
}
