import type { FieldPropertiesJson, RightJson } from '../api/schemas/carrier.ts';
import { asReadOnly, parseFieldProperty, type FieldAccess } from './fieldAccess.ts';
import { parseTableRight, type TableAccess } from './tableAccess.ts';

export interface RightsCarrier {
  TableRight?: RightJson | null;
  FieldProperties?: FieldPropertiesJson;
}

export interface AccessModel {
  readonly table: TableAccess;
  /** Access for a FieldProperties key (exact, then case-insensitive); unknown names get full access. */
  field(name: string): FieldAccess;
  /** The FieldProperties keys the server sent. */
  readonly fieldNames: readonly string[];
  /** No Update right (no Insert for a new record): every field is read-only. */
  readonly formReadOnly: boolean;
  readonly readOnlyReason: string;
  /**
   * A stored record whose TableRight lacks Select: the server says to hide it (contract §2.2,
   * §2.4), so its fields are not shown. A new record is never hidden (Insert decides there).
   */
  readonly recordHidden: boolean;
  /** Why it is hidden (the server's Reason or a default), or ''. */
  readonly hiddenReason: string;
}

export const DEFAULT_FORM_READ_ONLY_REASON = 'You do not have permission to change this record.';
export const DEFAULT_HIDDEN_REASON = 'You do not have permission to see this record.';

/**
 * TableRight + FieldProperties → the model forms and grids read. Pass `isNew` for a record made
 * by CreateDefault…: then Insert, not Update, decides whether it can be edited.
 */
export function buildAccessModel(
  carrier: RightsCarrier | null | undefined,
  options: { isNew?: boolean } = {},
): AccessModel {
  const table = parseTableRight(carrier?.TableRight);
  const props = carrier?.FieldProperties ?? {};
  const fieldNames = Object.freeze(Object.keys(props));
  const canEdit = options.isNew ? table.canInsert : table.canUpdate;
  const formReadOnly = !canEdit;
  const readOnlyReason = formReadOnly ? table.reason || DEFAULT_FORM_READ_ONLY_REASON : '';
  const recordHidden = !options.isNew && !table.unrestricted && !table.canSelect;
  const hiddenReason = recordHidden ? table.reason || DEFAULT_HIDDEN_REASON : '';

  let lowerKeys: Map<string, string> | undefined;
  const resolved = new Map<string, FieldAccess>();

  const lookup = (name: string) => {
    if (Object.hasOwn(props, name)) return props[name];
    lowerKeys ??= new Map(fieldNames.map((k) => [k.toLowerCase(), k]));
    const key = lowerKeys.get(name.toLowerCase());
    return key === undefined ? undefined : props[key];
  };

  const model: AccessModel = Object.freeze({
    table,
    fieldNames,
    formReadOnly,
    readOnlyReason,
    recordHidden,
    hiddenReason,
    field(name: string) {
      let access = resolved.get(name);
      if (!access) {
        access = parseFieldProperty(lookup(name));
        if (formReadOnly) access = asReadOnly(access, readOnlyReason);
        else {
          // A field inside a read-only collection ("RestrictionGroups.Name" under a read-only
          // "RestrictionGroups") cannot be changed either; it says the collection's reason.
          const dot = name.lastIndexOf('.');
          const parent = dot > 0 ? model.field(name.slice(0, dot)) : null;
          if (parent?.readOnly && !access.readOnly) access = asReadOnly(access, parent.reason);
        }
        resolved.set(name, access);
      }
      return access;
    },
  });
  return model;
}

/** The model for "no rights sent": everything allowed. */
export const unrestrictedModel: AccessModel = buildAccessModel(null);
