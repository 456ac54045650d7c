import { z } from 'zod';
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
const int = z.number().int();

export const associateSchema = z.looseObject({
  AssociateId: int,
  Name: z.string().nullish(),
  PersonId: int.nullish(),
  Rank: int.nullish(),
  Tooltip: z.string().nullish(),
  Type: enumName(userTypeNames, userTypeNumbers).nullish(),
  GroupIdx: int.nullish(),
  FullName: z.string().nullish(),
  FormalName: z.string().nullish(),
  Deleted: z.boolean().nullish(),
  EjUserId: int.nullish(),
  UserName: z.string().nullish(),
});
export type Associate = z.infer<typeof associateSchema>;

export const contactSchema = z.looseObject({
  ContactId: int,
  Name: z.string().nullish(),
  Department: z.string().nullish(),
  OrgNr: z.string().nullish(),
  City: z.string().nullish(),
});
export type Contact = z.infer<typeof contactSchema>;

export const userGroupSchema = z.looseObject({
  Id: int,
  Value: z.string().nullish(),
  Tooltip: z.string().nullish(),
  Rank: int.nullish(),
  Deleted: z.boolean().nullish(),
});
export type UserGroup = z.infer<typeof userGroupSchema>;

export const currencySchema = z.looseObject({
  Id: int,
  Value: z.string().nullish(),
  Tooltip: z.string().nullish(),
});
export type Currency = z.infer<typeof currencySchema>;

/** One assignment (a row of the grid). The group's array uses the fast path in fastAssignments.ts. */
export const targetAssignmentSchema = z.looseObject({
  TargetAssignmentInfoId: int,
  Values: z.array(z.number()),
  Locked: z.boolean(),
  TargetAssociate: associateSchema.nullish(),
  TargetContact: contactSchema.nullish(),
  TargetUserGroup: userGroupSchema.nullish(),
  Currency: currencySchema.nullish(),
  DimensionListItem: int.nullish(),
  DimensionListItemDisplayName: z.string().nullish(),
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
  AssignmentLevel: z.union([z.string(), z.number()]).nullish(),
  EntityType: enumName(entityTypeNames).nullish(),
  MeasurementUnit: enumName(measurementUnitNames).nullish(),
  DimensionListField: z.string().nullish(),
  DimensionListName: z.string().nullish(),
  DimensionListId: int.nullish(),
  DimensionListLabel: z.string().nullish(),
  SelectedDimensions: z.array(int).nullish(),
  ...carrierRightsShape,
});
export type TargetDimension = z.infer<typeof targetDimensionSchema>;

/** The hot array: hand-checked rows with shared rights objects (see fastAssignments.ts). */
const targetAssignmentsSchema = z
  .unknown()
  .transform((value, ctx) => parseAssignmentsFast(value, ctx, targetAssignmentSchema));

export const targetGroupSchema = z.looseObject({
  TargetGroupId: int,
  Year: int,
  EntityType: enumName(entityTypeNames),
  PeriodType: enumName(periodTypeNames),
  TargetAssignments: targetAssignmentsSchema.nullish(),
  TargetDimension: targetDimensionSchema.nullish(),
  ...carrierRightsShape,
});
export type TargetGroup = z.infer<typeof targetGroupSchema>;

export const targetChangeSchema = z.looseObject({
  FieldIdentifier: z.string(),
  ValueChangeFrom: z.number().nullish(),
  ValueChangeTo: z.number().nullish(),
});
export type TargetChange = z.infer<typeof targetChangeSchema>;

export const targetRevisionSchema = z.looseObject({
  LogEvent: enumName(logEventNames),
  Who: associateSchema.nullish(),
  When: z.string().nullish(),
  Changes: z.array(targetChangeSchema).nullish(),
});
export type TargetRevision = z.infer<typeof targetRevisionSchema>;

export const targetRevisionHistorySchema = z.looseObject({
  TargetGroupId: int,
  Year: int,
  Revisions: z.array(targetRevisionSchema).nullish(),
  ...carrierRightsShape,
});
export type TargetRevisionHistory = z.infer<typeof targetRevisionHistorySchema>;

export const targetGroupIdsSchema = z.array(int);
export const targetDimensionListSchema = z.array(targetDimensionSchema);
export const targetAssignmentListSchema = z.array(targetAssignmentSchema);
