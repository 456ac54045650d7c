import type { TargetRow } from './types.ts';

/** A pasted or imported value kept to its row's smallest unit: 123.45 into a JPY row is 123. */
export interface RoundedValue {
  readonly row: string;
  readonly period: number;
  readonly given: number;
  readonly kept: number;
  /** The row's currency; null for targets that count things (whole numbers). */
  readonly currency: string | null;
}

/** The rounding of `given` into `row`, or null when the value fits the row's unit as it is. */
export function roundingOf(
  row: TargetRow,
  period: number,
  given: number,
  kept: number,
): RoundedValue | null {
  return kept === given ? null : { row: row.label, period, given, kept, currency: row.currency };
}

/**
 * "3 values were rounded to the currency's smallest unit: 123.45 → 123 (Inside Sales, January);
 * … and 1 more." Null when nothing was rounded. The first `max` are named, so the planner can
 * find them; numbers in the user's locale.
 */
export function roundedValuesText(
  rounded: readonly RoundedValue[],
  periodNames: readonly string[],
  locale: string,
  max = 3,
): string | null {
  const n = rounded.length;
  if (n === 0) return null;
  // Up to 6 decimals: what was given is shown as given, not rounded again by the formatter.
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  const named = rounded
    .slice(0, max)
    .map(
      (r) =>
        `${number.format(r.given)} → ${number.format(r.kept)} (${r.row}, ${periodNames[r.period] ?? `period ${r.period + 1}`})`,
    );
  const currencies = [...new Set(rounded.flatMap((r) => (r.currency ? [r.currency] : [])))];
  const unit = currencies.length
    ? `the currency's smallest unit (${currencies.join(', ')})`
    : 'whole numbers';
  const more = n > max ? ` and ${n - max} more` : '';
  return `${n} ${n === 1 ? 'value was' : 'values were'} rounded to ${unit}: ${named.join('; ')}${more}.`;
}

/**
 * "123.45 was rounded to 123: amounts in JPY have no decimals." for one amount typed with more
 * decimals than its row has (`format` writes numbers in the user's culture, decimals kept).
 */
export function roundedAmountText(
  given: number,
  kept: number,
  currency: string | null,
  decimals: number,
  format: (n: number) => string,
): string {
  const places = decimals === 0 ? 'no decimals' : `${decimals} decimals`;
  const unit = currency ? `amounts in ${currency} have` : 'these targets have';
  return `${format(given)} was rounded to ${format(kept)}: ${unit} ${places}.`;
}
