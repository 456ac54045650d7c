/** Query keys of the Targets agent. */
export const targetsKeys = {
  all: ['targets'] as const,
  /** Every cached group, however it was looked up (by id, by year, by year and dimension). */
  groups: () => [...targetsKeys.all, 'group'] as const,
  group: (id: number) => [...targetsKeys.groups(), 'id', id] as const,
  groupForYear: (year: number, entityType = 'Sale') =>
    [...targetsKeys.groups(), 'year', year, entityType] as const,
  groupForYearAndDimension: (year: number, dimensionId: number) =>
    [...targetsKeys.groups(), 'yearAndDimension', year, dimensionId] as const,
  dimensions: (entityType = 'Sale') => [...targetsKeys.all, 'dimensions', entityType] as const,
  dimension: (id: number) => [...targetsKeys.all, 'dimension', id] as const,
  revisionHistories: () => [...targetsKeys.all, 'revisionHistory'] as const,
  revisionHistory: (assignmentId: number) =>
    [...targetsKeys.revisionHistories(), assignmentId] as const,
};
