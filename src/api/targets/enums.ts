/** Targets enums (contract §8) as names; numbers map to names by position. */
export const periodTypeNames = ['None', 'Year', 'HalfYear', 'Quarter', 'Month'] as const;
export const entityTypeNames = ['None', 'Sale'] as const;
export const measurementUnitNames = ['None', 'Amount', 'Count', 'Profit'] as const;
export const logEventNames = ['None', 'Create', 'Edit', 'Delete', 'Lock', 'Unlock'] as const;
export const targetLevelNames = ['None', 'Global', 'Company', 'UserGroup', 'Associate'] as const;
/** Only these two are documented (contract §12); others pass through as their names. */
export const userTypeNames = ['AnonymousAssociate', 'InternalAssociate'] as const;
export const userTypeNumbers: Record<number, (typeof userTypeNames)[number]> = {
  1: 'InternalAssociate',
  5: 'AnonymousAssociate',
};

/** TargetAssignementLevel (sic) flags: "Company, Group" (contract §8). */
export const assignmentLevelFlags = { None: 0, Company: 1, Group: 2, Associate: 4 } as const;
