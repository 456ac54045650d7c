import type { SandboxDatabase } from '../../db/database.ts';
import type { StoredAssignment } from './load.ts';

/**
 * A PeriodType change (Month 12, Quarter 4, HalfYear 2, Year 1 values per row) carries every
 * row's values over in integer minor units of the row's currency, so nothing is lost to float
 * error and every total of the coarser period type is kept exactly:
 *
 * - to a coarser type (Month → Quarter): each new period is the sum of the periods it covers
 *   (Q1 = Jan + Feb + Mar);
 * - to a finer type (Quarter → Month): each old period is split evenly over the periods it
 *   covers, one smallest unit of any remainder each to the earliest of them (Q1 100.00 → Jan
 *   33.34, Feb 33.33, Mar 33.33);
 * - counts that do not divide each other (only for malformed rows): the yearly total is split.
 *
 * So a row's yearly total (and, for Month ↔ Quarter ↔ HalfYear, every quarter's or half-year's
 * total) is the same before and after. The app does the same (src/features/targets/model/
 * periodConversion.ts; a test checks that both agree).
 */

/** Major units → integer minor units, rounded half away from zero, via the shortest decimal text. */
export function toMinor(value: number, decimals: number): number {
  const abs = Math.abs(value);
  const [mantissa, exp = '0'] = String(abs).split('e');
  const rounded = Math.round(Number(`${mantissa}e${Number(exp) + decimals}`));
  return value < 0 ? -rounded || 0 : rounded;
}

const fromMinor = (minor: number, decimals: number) => minor / 10 ** decimals;

/** Even split of integer minor units: one unit of the remainder each to the earliest parts. */
function splitMinor(minor: number, parts: number): number[] {
  const base = Math.trunc(minor / parts);
  const rest = minor - base * parts;
  const step = Math.sign(rest);
  return Array.from({ length: parts }, (_, i) => base + (i < Math.abs(rest) ? step : 0));
}

/** Integer minor units regrouped from `minor.length` periods to `count` periods (rule above). */
function regroupMinor(minor: readonly number[], count: number): number[] {
  const from = minor.length;
  if (from === count) return [...minor];
  if (from > 0 && from % count === 0) {
    const k = from / count;
    return Array.from({ length: count }, (_, i) =>
      minor.slice(i * k, i * k + k).reduce((a, b) => a + b, 0),
    );
  }
  if (from > 0 && count % from === 0) return minor.flatMap((m) => splitMinor(m, count / from));
  return splitMinor(
    minor.reduce((a, b) => a + b, 0),
    count,
  );
}

/** A row's values carried over to `count` periods, exact to the currency's smallest unit. */
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

/**
 * True when `after` keeps `before`'s totals per period of the coarser of the two shapes (to the
 * currency's smallest unit): what a PeriodType change may do to a locked row.
 */
export function keepsPeriodTotals(
  before: readonly number[],
  after: readonly number[],
  decimals: number,
): boolean {
  const coarse = Math.min(before.length, after.length);
  const a = regroupMinor(
    before.map((v) => toMinor(v, decimals)),
    coarse,
  );
  const b = regroupMinor(
    after.map((v) => toMinor(v, decimals)),
    coarse,
  );
  return a.every((m, i) => m === b[i]);
}

/**
 * Decimals of each assignment's currency (users inherit their group row's currency, as in the
 * grid; without one, the default currency's).
 */
export function assignmentDecimals(
  db: SandboxDatabase,
  assignments: readonly StoredAssignment[],
): (a: StoredAssignment) => number {
  const currencies = db.all<{ id: number; decimals: number; is_default: number }>(
    'SELECT currency_id AS id, decimals, is_default FROM currency ORDER BY is_default DESC, currency_id',
  );
  const byCurrency = new Map(currencies.map((c) => [c.id, c.decimals]));
  const fallback = currencies[0]?.decimals ?? 2;
  const groupCurrency = new Map<number, number | null>();
  for (const a of assignments)
    if (a.TargetUserGroup) groupCurrency.set(a.TargetUserGroup.Id, a.Currency?.Id ?? null);
  return (a) => {
    const currencyId =
      a.Currency?.Id ??
      (a.TargetAssociate ? groupCurrency.get(a.TargetAssociate.GroupIdx) : undefined) ??
      null;
    return currencyId === null ? fallback : (byCurrency.get(currencyId) ?? fallback);
  };
}
