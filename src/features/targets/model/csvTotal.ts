import { roundToUnit, sumValues, toMinor } from './money.ts';
import { decimalSeparator, parseLocaleNumber } from './numberText.ts';
import type { TargetRow } from './types.ts';

/**
 * The Total column of a targets CSV. Export writes each row's year total there; import reads the
 * periods only, so a Total the planner changed in the file (a new yearly target) would be lost
 * without a word. A line whose Total is neither the sum of its periods nor the row's total in the
 * grid (the one export wrote) is reported instead. A Total left as exported while periods were
 * changed is no new target: the periods count, as the planner meant.
 */

/** Where the file has its Total column, after the label and period columns (-1: none). */
export function totalColumn(header: readonly string[], periods: number): number {
  return header.findIndex((c, j) => j > periods && c.trim().toLowerCase() === 'total');
}

/** Most lines named in the refusal; the rest are counted. */
const MAX_LINES = 10;

/**
 * "Line 2 (Ingrid Dahl): Total 40, periods 20." when the line's Total is not the sum of the row's
 * periods as the import leaves them (`values`: the file's, or the grid's where the file's cell is
 * blank) and was changed from the row's total in the grid, or null. Blank Totals say nothing. Numbers read and written as the file writes them
 * (`numbers`: the locale of its decimal mark).
 */
export function totalProblem(
  raw: string,
  values: readonly number[],
  row: TargetRow,
  numbers: string,
  where: string,
  /** The planner's culture, whose currency symbols are the row's own (see parseLocaleNumber). */
  marksLocale = numbers,
): string | null {
  if (raw.trim() === '') return null;
  const sum = sumValues(values, row.decimals);
  const shownSum = String(sum).replace('.', decimalSeparator(numbers));
  const total = parseLocaleNumber(raw, numbers, row.currency, marksLocale);
  if (typeof total !== 'number')
    return `${where}: Total "${raw.trim().slice(0, 40)}" is not a number, periods ${shownSum}.`;
  const given = toMinor(roundToUnit(total, row.decimals), row.decimals);
  const unchanged = toMinor(sumValues(row.values, row.decimals), row.decimals);
  if (given === toMinor(sum, row.decimals) || given === unchanged) return null;
  return `${where}: Total ${raw.trim().slice(0, 40)}, periods ${shownSum}.`;
}

/** The import's refusal for the lines whose Total does not add up. */
export function totalsRefusal(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_LINES).join(' ');
  const more = problems.length - MAX_LINES;
  const rest = more > 0 ? ` And ${more} more ${more === 1 ? 'line' : 'lines'}.` : '';
  return `Totals are not imported: the periods are what counts, and on these lines they do not add up to the Total. ${shown}${rest} Change the periods so that they add up to the total you want (or use Row actions, Distribute a new total, after the import), or write their sum in the Total column.`;
}
