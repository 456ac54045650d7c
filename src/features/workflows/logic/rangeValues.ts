import { parseDecimal } from '../../../rights/index.ts';
import type { RestrictableFieldType } from '../../../api/workflow/schemas.ts';
import { operatorInfo } from './operators.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Why a "between" condition can match nothing, or null: its From is greater than its To (numbers,
 * or dates as the date inputs give them). Blank or unreadable values are for the other checks.
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
  if (type === 'date' && isoDate.test(from) && isoDate.test(to) && from > to)
    return 'From is after To, so no date is between them. Swap them.';
  return null;
}
