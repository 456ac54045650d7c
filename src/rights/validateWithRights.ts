import type { AccessModel } from './accessModel.ts';
import { DEFAULT_REQUIRED_MESSAGE } from './fieldAccess.ts';

export interface RightsError {
  /** The form path. */
  field: string;
  message: string;
  type: 'required' | 'maxLength';
}

/** A form path, or a path whose FieldProperties key differs. */
export type RightsFieldName = string | { name: string; rightsName: string };

/** Reads `a.b.0.c` from nested values. */
export function getPath(values: unknown, path: string): unknown {
  let v: unknown = values;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Empty for a mandatory check: nothing, blank text, an empty list. false and 0 are values. */
export function isEmptyValue(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.length === 0;
  return false;
}

/** The message for a mandatory field the server gave no readable Reason for. */
export const requiredMessage = DEFAULT_REQUIRED_MESSAGE;
export const tooLongMessage = (max: number, actual: number) =>
  `Use at most ${max} characters (${actual} now).`;

/**
 * Errors the server's rights imply: mandatory fields left empty, text longer than FieldLength.
 * Hidden and read-only fields are skipped: the user cannot fix them.
 */
export function validateWithRights(
  values: unknown,
  model: AccessModel,
  fieldNames: readonly RightsFieldName[],
): RightsError[] {
  const errors: RightsError[] = [];
  for (const entry of fieldNames) {
    const name = typeof entry === 'string' ? entry : entry.name;
    const access = model.field(typeof entry === 'string' ? entry : entry.rightsName);
    if (access.hidden || access.readOnly) continue;
    const value = getPath(values, name);
    if (access.mandatory && isEmptyValue(value)) {
      errors.push({
        field: name,
        message: access.requiredMessage || requiredMessage,
        type: 'required',
      });
    } else if (
      access.maxLength !== undefined &&
      typeof value === 'string' &&
      value.length > access.maxLength
    ) {
      errors.push({
        field: name,
        message: tooLongMessage(access.maxLength, value.length),
        type: 'maxLength',
      });
    }
  }
  return errors;
}
