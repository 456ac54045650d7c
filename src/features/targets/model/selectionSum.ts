import { fromMinor, toMinor } from './money.ts';
import type { CellRange, TargetRow } from './types.ts';

/** The selected cells' sum in one currency (null: no currency, e.g. counts). */
export interface CurrencySum {
  readonly currency: string | null;
  readonly sum: number;
  /** Decimals of the currency (its finest row's): how the sum is written. */
  readonly decimals: number;
}

/**
 * The sum of the selected value cells per currency, in the order the currencies first appear:
 * amounts in different currencies never add up. Exact (in minor units of the currency's finest
 * row).
 */
export function selectionSums(rows: readonly TargetRow[], rect: CellRange): CurrencySum[] {
  const byCurrency = new Map<
    string | null,
    { currency: string | null; decimals: number; rows: TargetRow[] }
  >();
  for (let r = Math.max(rect.top, 0); r <= rect.bottom && r < rows.length; r++) {
    const row = rows[r];
    // A currency the user may not see is kept apart, and its sum written without it.
    const key = row.currencyHidden ? `\u0000${row.currency ?? ''}` : row.currency;
    let entry = byCurrency.get(key);
    const currency = row.currencyHidden ? null : row.currency;
    if (!entry) byCurrency.set(key, (entry = { currency, decimals: row.decimals, rows: [] }));
    entry.decimals = Math.max(entry.decimals, row.decimals);
    entry.rows.push(row);
  }
  return [...byCurrency.values()].map(({ currency, decimals, rows: inCurrency }) => {
    let minor = 0;
    for (const row of inCurrency)
      for (let c = Math.max(rect.left, 0); c <= rect.right && c < row.values.length; c++)
        minor += toMinor(row.values[c], decimals);
    return { currency, sum: fromMinor(minor, decimals), decimals };
  });
}

/**
 * "Sum 1,200 NOK", or per currency: "Sum 1,200 NOK · 300 EUR"; each written with its currency's
 * decimals (`format` gets them), as the grid writes it: "1.200 KWD".
 */
export function selectionSumText(
  sums: readonly CurrencySum[],
  format: (n: number, decimals: number) => string,
) {
  const part = (s: CurrencySum) => {
    const amount = format(s.sum, s.decimals);
    return s.currency ? `${amount} ${s.currency}` : amount;
  };
  return `Sum ${sums.map(part).join(' · ')}`;
}
