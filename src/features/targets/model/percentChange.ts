import { parseLocaleNumber } from './numberText.ts';

/**
 * The lowest change a copy from last year takes. −100 % brings every value to 0, which is a
 * plain result (a fresh start), so it is taken; anything lower would turn last year's targets
 * into negative ones, which no planner means.
 */
export const MIN_PERCENT_CHANGE = -100;

/**
 * The highest: a million per cent (last year × 10,001). Amounts past the target limit are
 * refused later anyway; this keeps the exact percent arithmetic clear of numbers too large to
 * compute with (300 typed digits).
 */
export const MAX_PERCENT_CHANGE = 1_000_000;

/** Why `percent` cannot be applied to last year's values, or null when it can. */
export function percentChangeError(percent: number, format: (n: number) => string): string | null {
  if (percent < MIN_PERCENT_CHANGE)
    return `Enter ${format(MIN_PERCENT_CHANGE)} or more: below ${format(MIN_PERCENT_CHANGE)} % the targets would be negative (${format(MIN_PERCENT_CHANGE)} % sets them to 0).`;
  if (percent > MAX_PERCENT_CHANGE) return `Enter at most ${format(MAX_PERCENT_CHANGE)}.`;
  return null;
}

/**
 * A percentage as typed into a "Change in %" field: a number, with or without the % sign after
 * it ("10%", "-2,5 %"), which such a field invites and which was refused as not a number.
 * null for a blank field, undefined for text that is not a percentage.
 */
export function parsePercent(text: string, locale: string): number | null | undefined {
  return parseLocaleNumber(text.replace(/\s*[%\uFF05\u066A]\s*$/u, ''), locale);
}
