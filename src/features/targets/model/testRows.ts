import type { TargetRow } from './types.ts';

/** A grid row for tests (assignment row unless `derived`). */
export function makeRow(id: number, values: number[], extra: Partial<TargetRow> = {}): TargetRow {
  const derived = extra.derived ?? false;
  return {
    key: derived ? `sum${id}` : `a${id}`,
    kind: derived ? 'groupSum' : 'user',
    assignmentId: derived ? null : id,
    groupId: 1,
    label: `Row ${id}`,
    values,
    locked: false,
    derived,
    currency: 'NOK',
    decimals: 2,
    ...extra,
  };
}
