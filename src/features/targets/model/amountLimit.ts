/**
 * The largest amount a target value or row total may have. Values are computed in integer minor
 * units, exact below 2^53 (about 9 × 10^15); a hundred billion keeps a 12-period row's sums,
 * splits and percentages inside that even in currencies with 3 decimals (12 × 10^11 × 1,000 =
 * 1.2 × 10^15), so every split stays exact to the smallest unit.
 */
export const MAX_TARGET_AMOUNT = 100_000_000_000;

/** A message when |amount| is over the limit, else null. */
export function amountTooLarge(amount: number, format: (n: number) => string): string | null {
  return Math.abs(amount) > MAX_TARGET_AMOUNT
    ? `Enter an amount of at most ${format(MAX_TARGET_AMOUNT)}.`
    : null;
}
