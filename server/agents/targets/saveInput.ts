import type { SandboxDatabase } from '../../db/database.ts';
import { badRequest } from '../../http/errors.ts';
import { array, bool, enumValue, object, prop, type Json } from '../workflow/input.ts';
import { entityTypes, periodCounts, periodTypes } from './enums.ts';
import type { GroupRow } from './load.ts';

export type OwnerKind = 'associate' | 'contact' | 'usergroup';

export interface AssignmentInput {
  index: number;
  id: number;
  values: number[];
  locked: boolean;
  owner: { kind: OwnerKind; id: number };
  currencyId: number | null;
  dimensionItem: number;
}

export interface GroupInput {
  id: number;
  year: number;
  entityType: string;
  periodType: string;
  dimensionId: number | null;
  /** undefined when the body has no TargetAssignments (then they are left as they are). */
  assignments: AssignmentInput[] | undefined;
}

/** A whole number that must be a JSON number (a string where a number goes is a 400). */
export function strictInt(obj: Json, name: string, path: string, fallback: number): number {
  const v = prop(obj, name);
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw badRequest(`${path} must be a whole number`, path);
  return v;
}

const ownerFields: readonly [string, OwnerKind, string][] = [
  ['TargetAssociate', 'associate', 'AssociateId'],
  ['TargetContact', 'contact', 'ContactId'],
  ['TargetUserGroup', 'usergroup', 'Id'],
];

/** Ids that exist, loaded once per save (not once per row). */
export interface KnownIds {
  associate: Set<number>;
  contact: Set<number>;
  usergroup: Set<number>;
  currency: Set<number>;
}

export function loadKnownIds(db: SandboxDatabase): KnownIds {
  const ids = (sql: string) => new Set(db.all<{ id: number }>(sql).map((r) => r.id));
  return {
    associate: ids('SELECT associate_id AS id FROM associate'),
    contact: ids('SELECT contact_id AS id FROM contact'),
    usergroup: ids('SELECT usergroup_id AS id FROM usergroup'),
    currency: ids('SELECT currency_id AS id FROM currency'),
  };
}

function parseAssignment(
  raw: unknown,
  index: number,
  count: number,
  known: KnownIds,
): AssignmentInput {
  const path = `TargetAssignments[${index}]`;
  const a = object(raw, path);
  const values = array(a, 'Values', `${path}.Values`) ?? [];
  if (values.length !== count) {
    throw badRequest(
      `${path}.Values must have ${count} ${count === 1 ? 'value' : 'values'} for this PeriodType, not ${values.length}`,
      `${path}.Values`,
    );
  }
  values.forEach((v, j) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw badRequest(`${path}.Values[${j}] must be a number`, `${path}.Values[${j}]`);
  });
  const owners = ownerFields.filter(([name]) => {
    const v = prop(a, name);
    return v !== undefined && v !== null;
  });
  if (owners.length !== 1) {
    throw badRequest(
      `${path} must have exactly one owner (TargetAssociate, TargetContact or TargetUserGroup), not ${owners.length}`,
      path,
    );
  }
  const [ownerName, kind, idName] = owners[0];
  const ownerId = strictInt(
    object(prop(a, ownerName), `${path}.${ownerName}`),
    idName,
    `${path}.${ownerName}.${idName}`,
    0,
  );
  if (!known[kind].has(ownerId))
    throw badRequest(
      `${path}.${ownerName}: ${idName} ${ownerId} does not exist`,
      `${path}.${ownerName}`,
    );
  const currencyRaw = prop(a, 'Currency');
  let currencyId: number | null = null;
  if (currencyRaw !== undefined && currencyRaw !== null) {
    currencyId = strictInt(object(currencyRaw, `${path}.Currency`), 'Id', `${path}.Currency.Id`, 0);
    if (!known.currency.has(currencyId))
      throw badRequest(
        `${path}.Currency: currency ${currencyId} does not exist`,
        `${path}.Currency`,
      );
  }
  return {
    index,
    id: strictInt(a, 'TargetAssignmentInfoId', `${path}.TargetAssignmentInfoId`, 0),
    values: values as number[],
    locked: bool(a, 'Locked', `${path}.Locked`, false),
    owner: { kind, id: ownerId },
    currencyId,
    dimensionItem: strictInt(a, 'DimensionListItem', `${path}.DimensionListItem`, 0),
  };
}

/** Reads and checks a SaveTargetGroup body; every failure is a 400 naming the field. */
export function parseGroupInput(
  body: Json,
  existing: GroupRow | undefined,
  defaults: { year: number; dimensionId: number | null },
  known: KnownIds,
): GroupInput {
  const periodType = enumValue(
    body,
    'PeriodType',
    'PeriodType',
    periodTypes,
    existing?.period_type ?? 'Month',
  );
  const count = periodCounts[periodType];
  if (!count) throw badRequest(`PeriodType must be Year, HalfYear, Quarter or Month`, 'PeriodType');
  const entityType = enumValue(
    body,
    'EntityType',
    'EntityType',
    entityTypes,
    existing?.entity_type ?? 'Sale',
  );
  const dimRaw = prop(body, 'TargetDimension');
  const dimensionId =
    dimRaw === undefined || dimRaw === null
      ? existing
        ? existing.target_dimension_id
        : defaults.dimensionId
      : strictInt(
          object(dimRaw, 'TargetDimension'),
          'TargetDimensionId',
          'TargetDimension.TargetDimensionId',
          0,
        ) || defaults.dimensionId;
  const list = array(body, 'TargetAssignments', 'TargetAssignments');
  const assignments = list?.map((raw, i) => parseAssignment(raw, i, count, known));
  if (assignments) {
    const seen = new Map<string, number>();
    const ids = new Map<number, number>();
    for (const a of assignments) {
      if (a.id && ids.has(a.id)) {
        throw badRequest(
          `TargetAssignments[${a.index}] repeats assignment ${a.id}`,
          `TargetAssignments[${a.index}].TargetAssignmentInfoId`,
        );
      }
      ids.set(a.id, a.index);
    }
    for (const a of assignments) {
      const key = `${a.owner.kind}:${a.owner.id}:${a.dimensionItem}`;
      if (seen.has(key))
        throw badRequest(
          `TargetAssignments[${a.index}] repeats the owner of TargetAssignments[${seen.get(key)}]`,
          `TargetAssignments[${a.index}]`,
        );
      seen.set(key, a.index);
    }
  }
  return {
    id: strictInt(body, 'TargetGroupId', 'TargetGroupId', 0),
    year: strictInt(body, 'Year', 'Year', existing?.year ?? defaults.year),
    entityType,
    periodType,
    dimensionId,
    assignments,
  };
}
