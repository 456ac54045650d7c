import { distributeEvenly, distributeProportionally, rowChanges } from './distribute.ts';
import { amountTooLarge, MAX_TARGET_AMOUNT } from './amountLimit.ts';
import { fromMinor, roundToUnit, toMinor } from './money.ts';
import { percentChangeError } from './percentChange.ts';
import { roundedAmountText } from './roundedValues.ts';
import { restrictedRowText } from './restrictedRowText.ts';
import type { ActionResult, Refusal, TargetRow } from './types.ts';

function refuseIfNotEditable(row: TargetRow): Refusal | null {
  if (row.derived || row.assignmentId === null) {
    return {
      ok: false,
      reason: 'derived',
      message: `${row.label} is a calculated row.`,
      rows: [row.label],
    };
  }
  if (row.locked) {
    return { ok: false, reason: 'locked', message: `${row.label} is locked.`, rows: [row.label] };
  }
  if (row.restriction) {
    return {
      ok: false,
      reason: 'restricted',
      message: restrictedRowText(row),
      rows: [row.label],
    };
  }
  return null;
}

function valuesAction(row: TargetRow, label: string, next: readonly number[]): ActionResult {
  return (
    refuseIfNotEditable(row) ?? {
      ok: true,
      action: { label, cells: rowChanges(row, next), locks: [] },
    }
  );
}

/** How amounts read in action labels (the user's culture); plain digits by default. */
export type FormatAmount = (n: number) => string;

const tooLarge = (row: TargetRow, amount: number, format: FormatAmount): Refusal | null => {
  const message = amountTooLarge(amount, format);
  return message ? { ok: false, reason: 'invalid', message, rows: [row.label] } : null;
};

/** Set a yearly amount split evenly over the row's periods (distributeEvenly's remainder rule). */
export function setYearlyAmount(
  row: TargetRow,
  amount: number,
  format: FormatAmount = String,
): ActionResult {
  const refused = tooLarge(row, amount, format);
  if (refused) return refused;
  const next = distributeEvenly(amount, row.values.length, row.decimals);
  const { kept, note } = keptAmount(row, amount, format);
  return valuesAction(row, `Split ${kept} evenly over ${rowPeriods(row)}${note}.`, next);
}

/**
 * An amount as the row keeps it (its currency's smallest unit), for a label; typed with more
 * decimals, `note` says it was rounded: " (1,000.5 was rounded to 1,001: …)".
 */
function keptAmount(
  row: TargetRow,
  amount: number,
  format: FormatAmount,
): { kept: string; note: string } {
  const kept = roundToUnit(amount, row.decimals);
  if (kept === amount) return { kept: format(amount), note: '' };
  const why = roundedAmountText(amount, kept, row.currency, row.decimals, format).slice(0, -1);
  return { kept: format(kept), note: ` (${why})` };
}

const PERIOD_WORDS: Record<number, string> = {
  12: '12 months',
  4: '4 quarters',
  2: '2 half-years',
  1: 'year',
};

/** "Chloe Martin’s 12 months": a row's periods, as the action labels name them. */
function rowPeriods(row: TargetRow): string {
  const n = row.values.length;
  return `${row.label}’s ${PERIOD_WORDS[n] ?? `${n} periods`}`;
}

/** Distribute a new row total in proportion to the current values (evenly when all zero). */
export function distributeNewTotal(
  row: TargetRow,
  newTotal: number,
  format: FormatAmount = String,
): ActionResult {
  const refused = tooLarge(row, newTotal, format);
  if (refused) return refused;
  const next = distributeProportionally(newTotal, row.values, row.decimals);
  const { kept, note } = keptAmount(row, newTotal, format);
  return valuesAction(row, `Distributed ${kept} over ${rowPeriods(row)}${note}.`, next);
}

/**
 * Copy another row's values (rounded to this row's unit; regrouped if the period count differs).
 * Refused from a row in another currency: the amounts would mean something else here.
 */
export function copyFromRow(row: TargetRow, source: TargetRow): ActionResult {
  if (source.currency !== null && row.currency !== null && source.currency !== row.currency) {
    return {
      ok: false,
      reason: 'mismatch',
      message: `${source.label} is in ${source.currency} and ${row.label} in ${row.currency}: amounts in different currencies cannot be copied.`,
      rows: [source.label, row.label],
    };
  }
  const next = regroupValues(source.values, row.values.length, row.decimals);
  if (!next) return mismatch(row);
  return valuesAction(row, `Copied ${source.label}’s targets to ${row.label}.`, next);
}

const mismatch = (row: TargetRow): Refusal => ({
  ok: false,
  reason: 'mismatch',
  message: `The periods do not fit ${row.label}.`,
  rows: [row.label],
});

/**
 * Values of one period layout in another: summed when going coarser (months → quarters), split
 * evenly inside each period when going finer (quarters → months). Null when the counts do not
 * divide (never for 1, 2, 4, 12).
 */
export function regroupValues(
  values: readonly number[],
  count: number,
  decimals: number,
): number[] | null {
  const from = values.length;
  if (from === 0 || count === 0) return null;
  const minor = values.map((v) => toMinor(v, decimals));
  if (from === count) return minor.map((m) => fromMinor(m, decimals));
  if (from > count) {
    if (from % count !== 0) return null;
    const size = from / count;
    return Array.from({ length: count }, (_, i) =>
      fromMinor(
        minor.slice(i * size, (i + 1) * size).reduce((a, b) => a + b, 0),
        decimals,
      ),
    );
  }
  if (count % from !== 0) return null;
  return values.flatMap((v) => distributeEvenly(v, count / from, decimals));
}

const PERCENT_SCALE = 100_000_000n; // percent with up to 6 decimals, times 100

/** minor × (1 + percent / 100), rounded half away from zero, exactly (BigInt). */
export function scaleMinorByPercent(minor: number, percent: number): number {
  const p = BigInt(toMinor(percent, 6)); // percent × 10^6, exact for up to 6 decimals
  const num = BigInt(minor) * (PERCENT_SCALE + p);
  let q = num / PERCENT_SCALE;
  const r = num % PERCENT_SCALE;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= PERCENT_SCALE) q += num < 0n ? -1n : 1n;
  return Number(q);
}

/**
 * Copy last year's values ± `percent` (e.g. 5 or -2.5), computed exactly. The row's new total is
 * last year's total ± percent rounded half away from zero to the row's unit (whole numbers for
 * counted targets), and that total is spread over last year's periods in proportion to their
 * values (distributeProportionally: largest remainder, ties to the earliest period), so each
 * period is within one unit of its own value ± percent and the parts add up to the total exactly.
 * Rounding each period on its own made the total drift: 2,000,000.05 + 1.5 % became
 * 2,030,000.08, not 2,030,000.05. `lastYear` may have another period count (e.g. quarterly last
 * year, monthly now): the new total is spread over last year's own periods first, then those are
 * regrouped (regroupValues, which keeps sums).
 */
export function copyFromLastYear(
  row: TargetRow,
  lastYear: readonly number[],
  percent: number,
  format: FormatAmount = String,
): ActionResult {
  const badPercent = percentChangeError(percent, format);
  if (badPercent) return { ok: false, reason: 'invalid', message: badPercent, rows: [row.label] };
  const scaled = scaleTotalByPercent(lastYear, percent, row.decimals);
  const largest = scaled.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  // Said about the percentage typed: "Enter an amount of at most …" misread in a % field.
  if (amountTooLarge(largest, format))
    return {
      ok: false,
      reason: 'invalid',
      message: `${row.label}: last year’s targets ${percentText(percent, format)} would be over ${format(MAX_TARGET_AMOUNT)}. Enter a smaller change.`,
      rows: [row.label],
    };
  const next = regroupValues(scaled, row.values.length, row.decimals);
  if (!next) return mismatch(row);
  return valuesAction(
    row,
    `Copied last year’s targets to ${row.label}${changeText(percent, format)}.`,
    next,
  );
}

/** "+10 %", "−2.5 %": a change as labels and messages say it. */
const percentText = (percent: number, format: FormatAmount) =>
  `${percent >= 0 ? '+' : '−'}${format(Math.abs(percent))} %`;

/**
 * `values` (kept to the unit of `decimals`) ± percent: their total ± percent, rounded half away
 * from zero to the unit, spread in proportion to the values (see copyFromLastYear).
 */
export function scaleTotalByPercent(
  values: readonly number[],
  percent: number,
  decimals: number,
): number[] {
  const minor = values.map((v) => toMinor(v, decimals));
  const sum = minor.reduce((a, b) => a + b, 0);
  // Values adding up to 0 (a negative target beside a positive one) have no proportions to
  // spread by: each is scaled on its own, which keeps them (and a total of 0 stays about 0).
  if (sum === 0) return minor.map((m) => fromMinor(scaleMinorByPercent(m, percent), decimals));
  const total = fromMinor(scaleMinorByPercent(sum, percent), decimals);
  return distributeProportionally(
    total,
    minor.map((m) => fromMinor(m, decimals)),
    decimals,
  );
}

/** ", raised by 10 %", ", lowered by 2.5 %", or nothing for 0: a copy's change, for its label. */
const changeText = (percent: number, format: FormatAmount) =>
  percent === 0 ? '' : `, ${percent > 0 ? 'raised' : 'lowered'} by ${format(Math.abs(percent))} %`;

/** Set every value of the row to 0. */
export function clearRow(row: TargetRow): ActionResult {
  return valuesAction(
    row,
    `Set ${row.label}’s targets to 0.`,
    row.values.map(() => 0),
  );
}

/** Lock or unlock a row (the caller checks the lock right). */
export function setRowLocked(row: TargetRow, locked: boolean): ActionResult {
  if (row.derived || row.assignmentId === null) {
    return {
      ok: false,
      reason: 'derived',
      message: `${row.label} is a calculated row.`,
      rows: [row.label],
    };
  }
  // Its lock is not shown to the user: nor can they change it (the menu offers no lock item).
  if (row.hidden?.locked) {
    return {
      ok: false,
      reason: 'restricted',
      message: `${row.label} cannot be locked or unlocked.`,
      rows: [row.label],
    };
  }
  const locks =
    row.locked === locked
      ? []
      : [{ assignmentId: row.assignmentId, before: row.locked, after: locked }];
  return {
    ok: true,
    action: { label: `${locked ? 'Locked' : 'Unlocked'} ${row.label}.`, cells: [], locks },
  };
}
