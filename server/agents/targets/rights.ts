import { can } from '../../auth/users.ts';
import type { AgentCall } from '../../http/agent.ts';
import { badRequest } from '../../http/errors.ts';
import { rowRestriction } from './rowRestriction.ts';
import {
  FieldTypes,
  type FieldPropertiesJson,
  type RightJson,
} from '../../rights/carrierRights.ts';

type Caller = Pick<AgentCall, 'user' | 'rights'> & Partial<Pick<AgentCall, 'options'>>;

export const canEditValues = (call: Pick<AgentCall, 'user'>) =>
  can(call.user, 'targets.editValues');
export const canLock = (call: Pick<AgentCall, 'user'>) => can(call.user, 'targets.lock');
export const isTargetsAdmin = (call: Pick<AgentCall, 'user'>) => can(call.user, 'targets.admin');

/** Rights of a TargetGroup: admin FULL; planner Select, Update; viewer Select. */
export function groupRights(call: Caller): {
  TableRight: RightJson;
  FieldProperties: FieldPropertiesJson;
} {
  const f = call.rights;
  if (isTargetsAdmin(call)) {
    return {
      TableRight: f.table('FULL'),
      FieldProperties: {
        Year: f.field(FieldTypes.int, 'Update'),
        PeriodType: f.field(FieldTypes.string, 'Update'),
        EntityType: f.field(FieldTypes.string, 'Update'),
      },
    };
  }
  const edit = canEditValues(call);
  const ro = edit
    ? (type: string) => f.field(type, 'Read, UIHintReadOnly', 'SR_TARGETS_ADMIN_ONLY')
    : (type: string) => f.field(type, 'Read', 'SR_READONLY_ROLE');
  return {
    TableRight: edit ? f.table('Select, Update') : f.table('Select', 'SR_READONLY_ROLE'),
    FieldProperties: {
      Year: ro(FieldTypes.int),
      PeriodType: ro(FieldTypes.string),
      EntityType: ro(FieldTypes.string),
    },
  };
}

export interface AssignmentRights {
  TableRight: RightJson;
  FieldProperties: FieldPropertiesJson;
}

/**
 * Rights per assignment, interned: one object per (locked, currency editable, restriction)
 * combination per call, shared by every row (a group may have 10,000 rows). Only Values, Locked
 * and Currency. A row of a restricted person (the sandbox's restricted rows, rowRestriction.ts)
 * is Select only, its fields read-only with the restriction's reason.
 */
export function assignmentRightsFactory(
  call: Caller,
): (locked: boolean, ownsCurrency: boolean, fullName?: string | null) => AssignmentRights {
  const f = call.rights;
  const edit = canEditValues(call);
  const lock = canLock(call);
  const restrictedBy = rowRestriction(call);
  const cache = new Map<string, AssignmentRights>();
  return (locked, ownsCurrency, fullName) => {
    const restricted = edit && !locked ? restrictedBy(fullName) : null;
    const key = `${locked}|${ownsCurrency}|${restricted ?? ''}`;
    let r = cache.get(key);
    if (r) return r;
    const arr = FieldTypes.array;
    const valueField = !edit
      ? f.field(arr, 'Read', 'SR_READONLY_ROLE')
      : locked
        ? f.field(arr, 'Read', 'SR_ROW_LOCKED')
        : f.field(arr, 'Update');
    const lockField = !edit
      ? f.field(FieldTypes.bool, 'Read', 'SR_READONLY_ROLE')
      : lock
        ? f.field(FieldTypes.bool, 'Update')
        : f.field(FieldTypes.bool, 'Read', 'SR_NO_LOCK_RIGHT');
    const currencyField = !edit
      ? f.field('SuperOffice.CRM.Services.Currency', 'Read', 'SR_READONLY_ROLE')
      : !ownsCurrency
        ? f.field('SuperOffice.CRM.Services.Currency', 'Read', 'SR_SYSTEM_FIELD')
        : locked
          ? f.field('SuperOffice.CRM.Services.Currency', 'Read', 'SR_ROW_LOCKED')
          : f.field('SuperOffice.CRM.Services.Currency', 'Update');
    if (restricted)
      // The values may not change; lock and currency rights are as on the person's other rows.
      r = {
        TableRight: f.table('Select', restricted),
        FieldProperties: {
          Values: f.field(arr, 'Read', restricted),
          Locked: lockField,
          Currency: currencyField,
        },
      };
    else
      r = {
        TableRight: !edit
          ? f.table('Select', 'SR_READONLY_ROLE')
          : locked
            ? f.table('Select', 'SR_ROW_LOCKED')
            : f.table(isTargetsAdmin(call) ? 'FULL' : 'Select, Update'),
        FieldProperties: { Values: valueField, Locked: lockField, Currency: currencyField },
      };
    cache.set(key, r);
    return r;
  };
}

/** Rights of a TargetDimension: only a targets administrator may change target types. */
export function dimensionRights(call: Caller, saved: boolean) {
  const f = call.rights;
  const admin = isTargetsAdmin(call);
  const fixed = (type: string) =>
    !admin
      ? f.field(type, 'Read', canEditValues(call) ? 'SR_TARGETS_ADMIN_ONLY' : 'SR_READONLY_ROLE')
      : saved
        ? f.field(type, 'Read, UIHintReadOnly', 'SR_KEY_FIXED_AFTER_SAVE')
        : f.field(type, 'Update');
  const editable = (type: string) =>
    admin
      ? f.field(type, 'Update')
      : f.field(type, 'Read', canEditValues(call) ? 'SR_TARGETS_ADMIN_ONLY' : 'SR_READONLY_ROLE');
  return {
    TableRight: admin ? f.table('FULL') : f.table('Select', 'SR_TARGETS_ADMIN_ONLY'),
    FieldProperties: {
      EntityType: fixed(FieldTypes.string),
      MeasurementUnit: fixed(FieldTypes.string),
      DimensionListField: fixed(FieldTypes.string),
      AssignmentLevel: editable(FieldTypes.string),
      SelectedDimensions: editable(FieldTypes.array),
      DimensionListLabel: editable(FieldTypes.string),
    },
  };
}

/** Any write by a user without a targets right is refused (400 naming no field: the whole call). */
export function requireTargetsWrite(call: Pick<AgentCall, 'user'>, what: string): void {
  if (!canEditValues(call)) throw badRequest(`Your role may view but not change ${what}`);
}

export function requireTargetsAdmin(
  call: Pick<AgentCall, 'user'>,
  what: string,
  field?: string,
): void {
  if (!isTargetsAdmin(call))
    throw badRequest(`Only a targets administrator may change ${what}`, field);
}
