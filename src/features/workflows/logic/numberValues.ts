import { decimalText, parseDecimal } from '../../../rights/index.ts';
import type { RestrictableFieldType } from '../../../api/workflow/schemas.ts';

/** A condition whose values are numbers: a number field, or "is in the last … days". */
export const takesNumbers = (type: RestrictableFieldType | undefined, operator: string) =>
  type === 'number' || operator === 'lastXDays';

/**
 * A field that counts things ("Number of sales"): its column restricts by whole numbers
 * (SuperOffice's RestrictionType "int" or "positiveInt"), so a value with a fraction means nothing.
 */
export const countsWholeNumbers = (
  field: { ColumnInfo?: { RestrictionType?: string | null } | null } | undefined,
) => /^(int|positiveInt|integer)$/i.test(field?.ColumnInfo?.RestrictionType ?? '');

/**
 * The largest value of a field that counts things, or of a number of days: the server keeps it
 * as an "int" (a 32-bit integer), so a larger one cannot be stored as typed.
 */
export const largestCount = 2147483647;

/** What a number condition's value should be, with an example that fits it (days, a count). */
function whatToEnter(operator: string, count: string | undefined): string {
  if (operator === 'lastXDays') return 'Enter a whole number of days, e.g. 30.';
  if (count) return `${count} is a count, so enter a whole number, e.g. 3.`;
  return 'Enter a number, e.g. 50000.';
}

/**
 * Why the typed values of a number condition cannot be sent, or null when they can (blanks are
 * for missingValues to report). Locale forms such as "1 234,5" are numbers; "lots" is not, a
 * count of days is a whole number of 0 or more, and so is a value of a field that counts things
 * (`count` is its name, e.g. "Number of sales"), which also fits in its 32-bit column.
 */
export function numberValueProblem(
  operator: string,
  values: readonly string[],
  count?: string,
): string | null {
  for (const v of values) {
    const n = parseDecimal(v);
    if (n === null) continue;
    if (!Number.isFinite(n))
      return `“${v.trim()}” is not a number. ${whatToEnter(operator, count)}`;
    if (operator === 'lastXDays' && (!Number.isInteger(n) || n < 0))
      return 'Enter a whole number of days, e.g. 30.';
    if (operator === 'lastXDays' && n > largestCount)
      return `“${v.trim()}” days is more than the server keeps (up to ${largestCount}). Enter a smaller number of days, e.g. 30.`;
    if (count && operator !== 'lastXDays' && !Number.isInteger(n))
      return `${count} is a count, so enter a whole number, e.g. 3.`;
    if (count && operator !== 'lastXDays' && n < 0)
      return `${count} is a count, so it cannot be below 0. Enter 0 or more, e.g. 3.`;
    if (count && operator !== 'lastXDays' && n > largestCount)
      return `${count} is a count the server keeps as a whole number up to ${largestCount}, so “${v.trim()}” is too large. Enter a smaller number.`;
  }
  return null;
}

/**
 * The values as the server reads numbers ("1 234,5" → "1234.5"), every digit kept (not
 * "1e+23" for a long one, nor rounded to what a double holds); others are kept as typed.
 */
export const invariantNumbers = (values: readonly string[]): string[] =>
  values.map((v) => decimalText(v) || v);
