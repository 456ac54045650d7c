/** The year and target type a targets URL asks for (?year=2027&type=2). */
export interface TargetsParams {
  year: number;
  /** null: the default target type (GetTargetGroupForYear). */
  dimensionId: number | null;
}

/** Reads ?year and ?type; absent or malformed: this year and the default type. */
export function readTargetsParams(params: URLSearchParams, now = new Date()): TargetsParams {
  const yearParam = Number(params.get('year'));
  const typeParam = Number(params.get('type'));
  return {
    year: Number.isInteger(yearParam) && yearParam > 1900 ? yearParam : now.getFullYear(),
    dimensionId: Number.isInteger(typeParam) && typeParam > 0 ? typeParam : null,
  };
}
