import { z } from 'zod';
import { carrierRightsShape, enumName } from '../schemas/carrier.ts';
import {
  eventTypeNames,
  eventTypeNumbers,
  flowStatusNames,
  goalTypeNames,
  splitOptionTypeNames,
  stepTypeNames,
} from './enums.ts';

/**
 * Workflow carriers (contract §4). Every object is loose, so properties Flowdesk does not know
 * (step subtype properties, DisplayValues, ColumnInfo, …) survive load → save unchanged.
 * Nothing here fills defaults or rewrites values: a Save sends back what was loaded.
 */
const int = z.number().int();

export const archiveColumnInfoSchema = z.looseObject({
  DisplayName: z.string().nullish(),
  Name: z.string().nullish(),
  RestrictionType: z.string().nullish(),
  RestrictionListName: z.string().nullish(),
});

export const archiveRestrictionInfoSchema = z.looseObject({
  Name: z.string().nullish(),
  Operator: z.string().nullish(),
  Values: z.array(z.string()).nullish(),
  DisplayValues: z.array(z.string()).nullish(),
  ColumnInfo: archiveColumnInfoSchema.nullish(),
  IsActive: z.boolean().nullish(),
  get SubRestrictions() {
    return z.array(archiveRestrictionInfoSchema).nullish();
  },
  InterParenthesis: int.nullish(),
  InterOperator: z.string().nullish(),
  UniqueHash: int.nullish(),
});
export type ArchiveRestrictionInfo = z.infer<typeof archiveRestrictionInfoSchema>;

export const archiveRestrictionGroupSchema = z.looseObject({
  Name: z.string().nullish(),
  Description: z.string().nullish(),
  Rank: int.nullish(),
  Restrictions: z.array(archiveRestrictionInfoSchema).nullish(),
});
export type ArchiveRestrictionGroup = z.infer<typeof archiveRestrictionGroupSchema>;

export const workflowGoalSchema = z.looseObject({
  WorkflowGoalId: int,
  WorkflowId: int.nullish(),
  GoalType: enumName(goalTypeNames).nullish(),
  RestrictionGroups: z.array(archiveRestrictionGroupSchema).nullish(),
  ...carrierRightsShape,
});
export type WorkflowGoal = z.infer<typeof workflowGoalSchema>;

/** WorkflowStepBase: polymorphic by StepType; subtype properties are kept as they are. */
export const workflowStepBaseSchema = z.looseObject({
  WorkflowStepId: int,
  WorkflowId: int.nullish(),
  StepType: enumName(stepTypeNames),
  Rank: int.nullish(),
  /** WorkflowStepSplit only. */
  get Options() {
    return z.array(workflowStepOptionSchema).nullish();
  },
});
export type WorkflowStepBase = z.infer<typeof workflowStepBaseSchema>;

/**
 * WorkflowStepOption (Save/CreateDefault: Key + rights) and WorkflowStepOptionBase
 * (Get/FromType: OptionType) in one schema: either set of properties may be present.
 */
export const workflowStepOptionSchema = z.looseObject({
  OptionType: enumName(splitOptionTypeNames).nullish(),
  WorkflowStepOptionId: int,
  WorkflowStepId: int.nullish(),
  WorkflowId: int.nullish(),
  Key: z.string().nullish(),
  Name: z.string().nullish(),
  Rank: int.nullish(),
  get Steps() {
    return z.array(workflowStepBaseSchema).nullish();
  },
  ...carrierRightsShape,
});
export type WorkflowStepOption = z.infer<typeof workflowStepOptionSchema>;

/** WorkflowStep: the Save/CreateDefault carrier of one step. */
export const workflowStepSchema = z.looseObject({
  WorkflowStepId: int,
  StepType: enumName(stepTypeNames),
  /** Kept as loaded (loose objects): the sandbox sends none and Flowdesk does not edit them. */
  SubSteps: z.array(z.looseObject({})).nullish(),
  ...carrierRightsShape,
});
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

export const emailFlowSchema = z.looseObject({
  EmailFlowId: int,
  Name: z.string().nullish(),
  Description: z.string().nullish(),
  Status: enumName(flowStatusNames).nullish(),
  Steps: z.array(workflowStepBaseSchema).nullish(),
  Goals: z.array(workflowGoalSchema).nullish(),
  ...carrierRightsShape,
});
export type EmailFlow = z.infer<typeof emailFlowSchema>;

/** The sandbox's GetEmailFlowList row. */
export const emailFlowSummarySchema = z.looseObject({
  EmailFlowId: int,
  Name: z.string().nullish(),
  Description: z.string().nullish(),
  Status: enumName(flowStatusNames).nullish(),
  StepCount: int.nullish(),
  MainLineStepCount: int.nullish(),
  GoalCount: int.nullish(),
  UpdatedDate: z.string().nullish(),
});
export type EmailFlowSummary = z.infer<typeof emailFlowSummarySchema>;
export const emailFlowListSchema = z.array(emailFlowSummarySchema);

export const workflowEventSchema = z.looseObject({
  EventType: enumName(eventTypeNames, eventTypeNumbers).nullish(),
  Attributes: z.string().nullish(),
  ...carrierRightsShape,
});
export type WorkflowEvent = z.infer<typeof workflowEventSchema>;
export const workflowEventResultSchema = workflowEventSchema;
export type WorkflowEventResult = z.infer<typeof workflowEventResultSchema>;
/** SendEvent's request body. */
export const sendEventRequestSchema = z.looseObject({
  WorkflowEvent: workflowEventSchema.nullish(),
});

export const restrictableFieldTypes = ['text', 'number', 'date', 'list', 'bool'] as const;
export type RestrictableFieldType = (typeof restrictableFieldTypes)[number];
/** The sandbox's GetRestrictableFields row (unknown types are shown as text). */
export const restrictableFieldSchema = z.looseObject({
  Name: z.string(),
  DisplayName: z.string(),
  Type: z
    .string()
    .transform((t): RestrictableFieldType =>
      (restrictableFieldTypes as readonly string[]).includes(t)
        ? (t as RestrictableFieldType)
        : 'text',
    ),
  ListItems: z
    .array(z.looseObject({ Id: z.string(), Name: z.string() }))
    .nullish()
    .transform((l) => l ?? []),
});
export type RestrictableField = z.infer<typeof restrictableFieldSchema>;
export const restrictableFieldListSchema = z.array(restrictableFieldSchema);
