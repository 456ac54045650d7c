import type { FieldPropertiesJson, RightJson } from '../../../api/schemas/carrier.ts';
import type { AssignmentForRows } from '../model/rows.ts';

/** An assignment as the planner reads it (the API's parsed TargetAssignment fits it). */
export interface PlannerAssignment extends AssignmentForRows {
  readonly TableRight?: RightJson | null;
  readonly FieldProperties?: FieldPropertiesJson;
}

/** A loaded TargetGroup as the planner reads it (the API's parsed TargetGroup fits it). */
export interface PlannerGroup {
  readonly TargetGroupId: number;
  readonly Year: number;
  readonly PeriodType: string;
  readonly EntityType?: string | null;
  readonly TargetAssignments?: readonly PlannerAssignment[] | null;
  readonly TableRight?: RightJson | null;
  readonly FieldProperties?: FieldPropertiesJson;
  readonly TargetDimension?: {
    readonly TargetDimensionId?: number;
    readonly MeasurementUnit?: string | null;
  } | null;
}
