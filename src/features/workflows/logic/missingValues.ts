import type { RestrictableFieldType } from '../../../api/workflow/schemas.ts';
import { operatorsByType } from './operators.ts';

const arityOf = new Map(
  Object.values(operatorsByType)
    .flat()
    .map((o) => [o.value, o.arity]),
);

/** What one value is called in a message, by the field's type (as its editor asks for it). */
const oneValue = (type: RestrictableFieldType | undefined, operator: string) => {
  if (operator === 'lastXDays') return 'Enter the number of days.';
  if (type === 'date') return 'Enter a date.';
  if (type === 'number') return 'Enter a number.';
  if (type === 'bool') return 'Choose Yes or No.';
  return 'Enter a value.';
};

const twoValues = (type: RestrictableFieldType | undefined) =>
  type === 'date'
    ? 'Enter both dates.'
    : type === 'number'
      ? 'Enter both numbers.'
      : 'Enter both values.';

/**
 * What a condition still needs before it means anything, as a message, or null when it is
 * complete: a value for one-value operators, both ends of "between", at least one list value.
 * Operators take the same number of values whatever the field's type, so the operator alone
 * decides; the field's `type` (when known) only names what to enter ("Enter a date.").
 * An operator the app does not know (a tenant may have more) is never refused.
 */
export function missingValues(
  operator: string,
  values: readonly string[],
  type?: RestrictableFieldType,
): string | null {
  const filled = (i: number) => (values[i] ?? '').trim() !== '';
  switch (arityOf.get(operator)) {
    case undefined:
      return null;
    case 'none':
      return null;
    case 'one':
      return filled(0) ? null : oneValue(type, operator);
    case 'two':
      return filled(0) && filled(1) ? null : twoValues(type);
    case 'many':
      return values.some((v) => v.trim() !== '') ? null : 'Choose at least one value.';
  }
}
