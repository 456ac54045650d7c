import { z } from '../schemas/zod.ts';
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
const int = z.int();

export const archiveColumnInfoSchema = z.looseObject({
  DisplayName: z.nullish(z.string()),
  Name: z.nullish(z.string()),
  RestrictionType: z.nullish(z.string()),
  RestrictionListName: z.nullish(z.string()),
});
export type ArchiveColumnInfo = z.infer<typeof archiveColumnInfoSchema>;

export const archiveRestrictionInfoSchema = z.looseObject({
  Name: z.nullish(z.string()),
  Operator: z.nullish(z.string()),
  Values: z.nullish(z.array(z.string())),
  DisplayValues: z.nullish(z.array(z.string())),
  ColumnInfo: z.nullish(archiveColumnInfoSchema),
  IsActive: z.nullish(z.boolean()),
  get SubRestrictions() {
    return z.nullish(z.array(archiveRestrictionInfoSchema));
  },
  InterParenthesis: z.nullish(int),
  InterOperator: z.nullish(z.string()),
  UniqueHash: z.nullish(int),
});
export type ArchiveRestrictionInfo = z.infer<typeof archiveRestrictionInfoSchema>;

export const archiveRestrictionGroupSchema = z.looseObject({
  Name: z.nullish(z.string()),
  Description: z.nullish(z.string()),
  Rank: z.nullish(int),
  Restrictions: z.nullish(z.array(archiveRestrictionInfoSchema)),
});
export type ArchiveRestrictionGroup = z.infer<typeof archiveRestrictionGroupSchema>;

export const workflowGoalSchema = z.looseObject({
  WorkflowGoalId: int,
  WorkflowId: z.nullish(int),
  GoalType: z.nullish(enumName(goalTypeNames)),
  RestrictionGroups: z.nullish(z.array(archiveRestrictionGroupSchema)),
  ...carrierRightsShape,
});
export type WorkflowGoal = z.infer<typeof workflowGoalSchema>;

/** WorkflowStepBase: polymorphic by StepType; subtype properties are kept as they are. */
export const workflowStepBaseSchema = z.looseObject({
  WorkflowStepId: int,
  WorkflowId: z.nullish(int),
  StepType: enumName(stepTypeNames),
  Rank: z.nullish(int),
  /** WorkflowStepSplit only. */
  get Options() {
    return z.nullish(z.array(workflowStepOptionSchema));
  },
});
export type WorkflowStepBase = z.infer<typeof workflowStepBaseSchema>;

/**
 * WorkflowStepOption (Save/CreateDefault: Key + rights) and WorkflowStepOptionBase
 * (Get/FromType: OptionType) in one schema: either set of properties may be present.
 */
export const workflowStepOptionSchema = z.looseObject({
  OptionType: z.nullish(enumName(splitOptionTypeNames)),
  WorkflowStepOptionId: int,
  WorkflowStepId: z.nullish(int),
  WorkflowId: z.nullish(int),
  Key: z.nullish(z.string()),
  Name: z.nullish(z.string()),
  Rank: z.nullish(int),
  get Steps() {
    return z.nullish(z.array(workflowStepBaseSchema));
  },
  ...carrierRightsShape,
});
export type WorkflowStepOption = z.infer<typeof workflowStepOptionSchema>;

/** WorkflowStep: the Save/CreateDefault carrier of one step. */
export const workflowStepSchema = z.looseObject({
  WorkflowStepId: int,
  StepType: enumName(stepTypeNames),
  /** Kept as loaded (loose objects): the sandbox sends none and Flowdesk does not edit them. */
  SubSteps: z.nullish(z.array(z.looseObject({}))),
  ...carrierRightsShape,
});
export type WorkflowStep = z.infer<typeof workflowStepSchema>;

export const emailFlowSchema = z.looseObject({
  EmailFlowId: int,
  Name: z.nullish(z.string()),
  Description: z.nullish(z.string()),
  Status: z.nullish(enumName(flowStatusNames)),
  Steps: z.nullish(z.array(workflowStepBaseSchema)),
  Goals: z.nullish(z.array(workflowGoalSchema)),
  ...carrierRightsShape,
});
export type EmailFlow = z.infer<typeof emailFlowSchema>;

/** The sandbox's GetEmailFlowList row. */
export const emailFlowSummarySchema = z.looseObject({
  EmailFlowId: int,
  Name: z.nullish(z.string()),
  Description: z.nullish(z.string()),
  Status: z.nullish(enumName(flowStatusNames)),
  StepCount: z.nullish(int),
  MainLineStepCount: z.nullish(int),
  GoalCount: z.nullish(int),
  UpdatedDate: z.nullish(z.string()),
});
export type EmailFlowSummary = z.infer<typeof emailFlowSummarySchema>;
export const emailFlowListSchema = z.array(emailFlowSummarySchema);

export const workflowEventSchema = z.looseObject({
  EventType: z.nullish(enumName(eventTypeNames, eventTypeNumbers)),
  Attributes: z.nullish(z.string()),
  ...carrierRightsShape,
});
export type WorkflowEvent = z.infer<typeof workflowEventSchema>;
/**
 * CreateDefaultWorkflowEvent's answer: a WorkflowEvent that carries EventType and Attributes (null
 * at most, never missing), so a body of another shape is refused rather than taken for empty
 * defaults with no rights (which would offer Send to anyone and say nothing). Unknown properties
 * are kept.
 */
export const defaultWorkflowEventSchema = z.looseObject({
  EventType: z.nullable(enumName(eventTypeNames, eventTypeNumbers)),
  Attributes: z.nullable(z.string()),
  ...carrierRightsShape,
});
/**
 * SendEvent's answer (contract §4): an object that carries EventType and Attributes. `$select`
 * nulls the properties it leaves out but still sends them, so each may be null, never missing;
 * a body without them (another carrier, an error of the wrong shape) is refused. Unknown
 * properties are kept.
 */
export const workflowEventResultSchema = z.looseObject({
  EventType: z.nullable(enumName(eventTypeNames, eventTypeNumbers)),
  Attributes: z.nullable(z.string()),
  ...carrierRightsShape,
});
export type WorkflowEventResult = z.infer<typeof workflowEventResultSchema>;
/** SendEvent's request body. */
export const sendEventRequestSchema = z.looseObject({
  WorkflowEvent: z.nullish(workflowEventSchema),
});

export const restrictableFieldTypes = ['text', 'number', 'date', 'list', 'bool'] as const;
export type RestrictableFieldType = (typeof restrictableFieldTypes)[number];
const restrictableListItemSchema = z.looseObject({ Id: z.string(), Name: z.string() });
type RestrictableListItem = z.output<typeof restrictableListItemSchema>;
/** The sandbox's GetRestrictableFields row (unknown types are shown as text). */
export const restrictableFieldSchema = z.looseObject({
  Name: z.string(),
  DisplayName: z.string(),
  Type: z.pipe(
    z.string(),
    z.transform((t: string): RestrictableFieldType =>
      (restrictableFieldTypes as readonly string[]).includes(t)
        ? (t as RestrictableFieldType)
        : 'text',
    ),
  ),
  ListItems: z.pipe(
    z.nullish(z.array(restrictableListItemSchema)),
    z.transform((l: RestrictableListItem[] | null | undefined) => l ?? []),
  ),
  /** What a restriction on this field carries as its ColumnInfo (when the server says). */
  ColumnInfo: z.optional(z.nullable(archiveColumnInfoSchema)),
});
export type RestrictableField = z.infer<typeof restrictableFieldSchema>;
export const restrictableFieldListSchema = z.array(restrictableFieldSchema);
