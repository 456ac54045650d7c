import { operatorsByType } from './operators.ts';

const arityOf = new Map(
  Object.values(operatorsByType)
    .flat()
    .map((o) => [o.value, o.arity]),
);

/**
 * What a condition still needs before it means anything, as a message, or null when it is
 * complete: a value for one-value operators, both ends of "between", at least one list value.
 * Operators take the same number of values whatever the field's type, so the operator alone
 * decides. An operator the app does not know (a tenant may have more) is never refused.
 */
export function missingValues(operator: string, values: readonly string[]): string | null {
  const filled = (i: number) => (values[i] ?? '').trim() !== '';
  switch (arityOf.get(operator)) {
    case undefined:
      return null;
    case 'none':
      return null;
    case 'one':
      return filled(0) ? null : 'Enter a value.';
    case 'two':
      return filled(0) && filled(1) ? null : 'Enter both values.';
    case 'many':
      return values.some((v) => v.trim() !== '') ? null : 'Choose at least one value.';
  }
}
