import { decimalText, parseDecimal } from '../../../rights/index.ts';
import type { RestrictableFieldType } from '../../../api/workflow/schemas.ts';

/** A condition whose values are numbers: a number field, or "is in the last … days". */
export const takesNumbers = (type: RestrictableFieldType | undefined, operator: string) =>
  type === 'number' || operator === 'lastXDays';

/**
 * Why the typed values of a number condition cannot be sent, or null when they can (blanks are
 * for missingValues to report). Locale forms such as "1 234,5" are numbers; "lots" is not, and a
 * count of days is a whole number of 0 or more.
 */
export function numberValueProblem(operator: string, values: readonly string[]): string | null {
  for (const v of values) {
    const n = parseDecimal(v);
    if (n === null) continue;
    if (!Number.isFinite(n)) return `“${v.trim()}” is not a number. Enter a number, e.g. 50000.`;
    if (operator === 'lastXDays' && (!Number.isInteger(n) || n < 0))
      return 'Enter a whole number of days, e.g. 30.';
  }
  return null;
}

/**
 * The values as the server reads numbers ("1 234,5" → "1234.5"), every digit kept (not
 * "1e+23" for a long one, nor rounded to what a double holds); others are kept as typed.
 */
export const invariantNumbers = (values: readonly string[]): string[] =>
  values.map((v) => decimalText(v) || v);
