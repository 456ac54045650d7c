import { splitMinorEvenly } from './distribute.ts';
import { fromMinor, toMinor } from './money.ts';
import { PERIOD_COUNTS, type PeriodType } from './types.ts';

/**
 * How a PeriodType change (Month 12, Quarter 4, HalfYear 2, Year 1 values per row) carries a
 * row's values over. Everything is done in integer minor units of the row's currency (what the
 * grid shows), so the totals stay exact:
 *
 * - to a coarser type (Month → Quarter): each new period is the sum of the periods it covers
 *   (Q1 = Jan + Feb + Mar);
 * - to a finer type (Quarter → Month): each old period is split evenly over the periods it
 *   covers, one smallest unit of any remainder each to the earliest of them (Q1 100.00 → Jan
 *   33.34, Feb 33.33, Mar 33.33);
 * - counts that do not divide each other (only a malformed row): the yearly total is split.
 *
 * So every row keeps its yearly total, and every total of the coarser type (each quarter's, each
 * half-year's). The sandbox does the same (server/agents/targets/periodConversion.ts).
 */

/** Integer minor units regrouped from `minor.length` periods to `count` periods (rule above). */
export function regroupMinor(minor: readonly number[], count: number): number[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Bad period count: ${count}`);
  const from = minor.length;
  if (from === count) return [...minor];
  if (from > 0 && from % count === 0) {
    const k = from / count;
    const out = new Array<number>(count).fill(0);
    for (let i = 0; i < from; i++) out[Math.floor(i / k)] += minor[i];
    return out;
  }
  if (from > 0 && count % from === 0)
    return minor.flatMap((m) => splitMinorEvenly(m, count / from));
  return splitMinorEvenly(
    minor.reduce((a, b) => a + b, 0),
    count,
  );
}

/** A row's values (major units) carried over to `count` periods, exact to the smallest unit. */
export function convertPeriodValues(
  values: readonly number[],
  count: number,
  decimals: number,
): number[] {
  return regroupMinor(
    values.map((v) => toMinor(v, decimals)),
    count,
  ).map((m) => fromMinor(m, decimals));
}

const PERIOD_WORDS: Record<PeriodType, { adjective: string; noun: string; plural: string }> = {
  Month: { adjective: 'monthly', noun: 'month', plural: 'months' },
  Quarter: { adjective: 'quarterly', noun: 'quarter', plural: 'quarters' },
  HalfYear: { adjective: 'half-yearly', noun: 'half-year', plural: 'half-years' },
  Year: { adjective: 'yearly', noun: 'year', plural: 'years' },
};

const values = (n: number, type: PeriodType) =>
  `${n} ${PERIOD_WORDS[type].adjective} ${n === 1 ? 'value' : 'values'}`;

/**
 * What a PeriodType change does to the rows, in one sentence for the settings dialog, e.g.
 * "12 monthly values per row become 4 quarterly values: each quarter is the sum of its 3 months,
 * so yearly totals are kept." Empty when nothing changes.
 */
export function describePeriodChange(from: PeriodType, to: PeriodType): string {
  if (from === to) return '';
  const a = PERIOD_COUNTS[from];
  const b = PERIOD_COUNTS[to];
  const f = PERIOD_WORDS[from];
  const t = PERIOD_WORDS[to];
  const head = `${values(a, from)} per row ${a === 1 ? 'becomes' : 'become'} ${values(b, to)}`;
  if (a > b) {
    const each = b === 1 ? `the ${t.noun}` : `each ${t.noun}`;
    return `${head}: ${each} is the sum of its ${a / b} ${f.plural}, so yearly totals are kept.`;
  }
  const each = a === 1 ? `the ${f.noun}’s value` : `each ${f.noun}’s value`;
  const kept = a === 1 ? 'yearly totals are kept' : `${f.adjective} and yearly totals are kept`;
  return (
    `${head}: ${each} is split evenly over its ${b / a} ${t.plural} (to the currency’s smallest ` +
    `unit; any remainder goes to the earliest ${t.plural}), so ${kept}.`
  );
}
