import { parseDecimal } from '../../../rights/index.ts';
import type { RestrictableFieldType } from '../../../api/workflow/schemas.ts';
import { datePart } from './datePart.ts';
import { operatorInfo } from './operators.ts';

/**
 * Why a "between" condition can match nothing, or null: its From is greater than its To (numbers,
 * or dates, as the date inputs give them or as stored with a time). Blank or unreadable values are for the other checks.
 */
export function reversedRangeProblem(
  type: RestrictableFieldType | undefined,
  operator: string,
  values: readonly string[],
): string | null {
  if (!type || operatorInfo(type, operator).arity !== 'two') return null;
  const [from = '', to = ''] = values.map((v) => v.trim());
  if (type === 'number') {
    const [a, b] = [parseDecimal(from), parseDecimal(to)];
    if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || a <= b)
      return null;
    return `From (${from}) is greater than To (${to}), so no number is between them. Swap them.`;
  }
  if (type === 'date') {
    // By calendar day, a stored value's time left aside ("2026-03-05T00:00:00").
    const [a, b] = [datePart(from), datePart(to)];
    if (a !== null && b !== null && a > b)
      return 'From is after To, so no date is between them. Swap them.';
  }
  return null;
}
