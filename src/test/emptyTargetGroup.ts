/**
 * A .NET agent's "no carrier": a TargetGroup with every field at its default, TargetGroupId 0,
 * as a tenant may answer a year without a group (the sandbox's emptyTargetGroup fault).
 */
export const emptyTargetGroup = {
  TargetGroupId: 0,
  Year: 0,
  EntityType: 'None',
  PeriodType: 'None',
  TargetAssignments: [],
  TargetDimension: null,
  TableRight: null,
  FieldProperties: {},
} as const;
