import { z } from '../schemas/zod.ts';
import { carrierRightsShape, enumName } from '../schemas/carrier.ts';
import { parseFlags } from '../schemas/flags.ts';
import { parseAssignmentsFast } from './fastAssignments.ts';
import {
  assignmentLevelFlags,
  entityTypeNames,
  logEventNames,
  measurementUnitNames,
  periodTypeNames,
  userTypeNames,
  userTypeNumbers,
} from './enums.ts';

/**
 * Targets carriers (contract §7). Loose objects: unknown properties survive load → save. Nothing
 * fills defaults or rewrites values, so a Save sends back what was loaded.
 */
const int = z.int();

export const associateSchema = z.looseObject({
  AssociateId: int,
  Name: z.nullish(z.string()),
  PersonId: z.nullish(int),
  Rank: z.nullish(int),
  Tooltip: z.nullish(z.string()),
  Type: z.nullish(enumName(userTypeNames, userTypeNumbers)),
  GroupIdx: z.nullish(int),
  FullName: z.nullish(z.string()),
  FormalName: z.nullish(z.string()),
  Deleted: z.nullish(z.boolean()),
  EjUserId: z.nullish(int),
  UserName: z.nullish(z.string()),
});
export type Associate = z.infer<typeof associateSchema>;

export const contactSchema = z.looseObject({
  ContactId: int,
  Name: z.nullish(z.string()),
  Department: z.nullish(z.string()),
  OrgNr: z.nullish(z.string()),
  City: z.nullish(z.string()),
});
export type Contact = z.infer<typeof contactSchema>;

export const userGroupSchema = z.looseObject({
  Id: int,
  Value: z.nullish(z.string()),
  Tooltip: z.nullish(z.string()),
  Rank: z.nullish(int),
  Deleted: z.nullish(z.boolean()),
});
export type UserGroup = z.infer<typeof userGroupSchema>;

export const currencySchema = z.looseObject({
  Id: int,
  Value: z.nullish(z.string()),
  Tooltip: z.nullish(z.string()),
});
export type Currency = z.infer<typeof currencySchema>;

/** One assignment (a row of the grid). The group's array uses the fast path in fastAssignments.ts. */
export const targetAssignmentSchema = z.looseObject({
  TargetAssignmentInfoId: int,
  Values: z.array(z.number()),
  Locked: z.boolean(),
  TargetAssociate: z.nullish(associateSchema),
  TargetContact: z.nullish(contactSchema),
  TargetUserGroup: z.nullish(userGroupSchema),
  Currency: z.nullish(currencySchema),
  DimensionListItem: z.nullish(int),
  DimensionListItemDisplayName: z.nullish(z.string()),
  ...carrierRightsShape,
});
export type TargetAssignment = z.infer<typeof targetAssignmentSchema>;

/** AssignmentLevel stays as sent ("Company, Group") for the round trip; read it with this. */
export function parseAssignmentLevel(value: string | number | null | undefined) {
  const { value: flags } = parseFlags(value, assignmentLevelFlags);
  return {
    company: (flags & assignmentLevelFlags.Company) !== 0,
    group: (flags & assignmentLevelFlags.Group) !== 0,
    associate: (flags & assignmentLevelFlags.Associate) !== 0,
  };
}

export const targetDimensionSchema = z.looseObject({
  TargetDimensionId: int,
  AssignmentLevel: z.nullish(z.union([z.string(), z.number()])),
  EntityType: z.nullish(enumName(entityTypeNames)),
  MeasurementUnit: z.nullish(enumName(measurementUnitNames)),
  DimensionListField: z.nullish(z.string()),
  DimensionListName: z.nullish(z.string()),
  DimensionListId: z.nullish(int),
  DimensionListLabel: z.nullish(z.string()),
  SelectedDimensions: z.nullish(z.array(int)),
  ...carrierRightsShape,
});
export type TargetDimension = z.infer<typeof targetDimensionSchema>;

/** The hot array: hand-checked rows with shared rights objects (see fastAssignments.ts). */
const targetAssignmentsSchema = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx) => parseAssignmentsFast(value, ctx, targetAssignmentSchema)),
);

export const targetGroupSchema = z.looseObject({
  TargetGroupId: int,
  Year: int,
  EntityType: enumName(entityTypeNames),
  PeriodType: enumName(periodTypeNames),
  TargetAssignments: z.nullish(targetAssignmentsSchema),
  TargetDimension: z.nullish(targetDimensionSchema),
  ...carrierRightsShape,
});
export type TargetGroup = z.infer<typeof targetGroupSchema>;

export const targetChangeSchema = z.looseObject({
  FieldIdentifier: z.string(),
  ValueChangeFrom: z.nullish(z.number()),
  ValueChangeTo: z.nullish(z.number()),
});
export type TargetChange = z.infer<typeof targetChangeSchema>;

export const targetRevisionSchema = z.looseObject({
  LogEvent: enumName(logEventNames),
  Who: z.nullish(associateSchema),
  When: z.nullish(z.string()),
  Changes: z.nullish(z.array(targetChangeSchema)),
});
export type TargetRevision = z.infer<typeof targetRevisionSchema>;

export const targetRevisionHistorySchema = z.looseObject({
  TargetGroupId: int,
  Year: int,
  Revisions: z.nullish(z.array(targetRevisionSchema)),
  ...carrierRightsShape,
});
export type TargetRevisionHistory = z.infer<typeof targetRevisionHistorySchema>;

export const targetGroupIdsSchema = z.array(int);
export const targetDimensionListSchema = z.array(targetDimensionSchema);
export const targetAssignmentListSchema = z.array(targetAssignmentSchema);
