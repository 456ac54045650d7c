/**
 * The Targets agent call that loads a year's group: for a target type (dimension), or for the
 * default one. The app's API and the start script in index.html both build it here, so an early
 * request is the very call the page makes.
 */
export function groupForYearCall(year: number, dimensionId: number | null, entityType = 'Sale') {
  return dimensionId === null
    ? { method: 'GetTargetGroupForYear', body: { TargetYear: year, EntityType: entityType } }
    : {
        method: 'GetTargetGroupForYearAndDimension',
        body: { TargetYear: year, DimensionId: dimensionId },
      };
}
