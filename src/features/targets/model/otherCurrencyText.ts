/** An amount's sign or code of another currency than its row's (null: a row that counts). */
export interface OtherCurrency {
  /** The other currency's sign or code found in it (see foreignCurrency). */
  readonly mark: string;
  /** The row's currency; null for a row that counts (no currency). */
  readonly currency: string | null;
  /** The user may not see the row's currency: it is not named. */
  readonly currencyHidden?: boolean;
}

/**
 * The one sentence refusing an amount written in another currency than its row's, for typing,
 * paste and CSV import alike: what was found, the row's currency, and how to write the amount so
 * the row takes it ("kr 200" by an en-US planner in a NOK row: "200 NOK or just 200", as "kr" is
 * NOK's sign in nb-NO only).
 */
export function otherCurrencyText(
  p: OtherCurrency & {
    /**
     * The value as the caller names it, with its context: '"kr 200"', 'Line 3 (Chloe Martin),
     * column Q1: "kr 200"'.
     */
    readonly subject: string;
    /** The value as written. */
    readonly text: string;
    /** The culture whose sign for the currency the row takes (see ownCurrencyMarks). */
    readonly locale: string;
  },
): string {
  const amount = withoutMark(p.text, p.mark);
  if (p.currency === null)
    return `${p.subject} has a currency (${p.mark}), and its row counts without one. Write it as just ${amount}.`;
  if (p.currencyHidden)
    return `${p.subject} has a currency (${p.mark}), and its row's currency is not shown. Write it as just ${amount}.`;
  const signed = withSign(amount, p.currency, p.locale);
  const ways = [...(signed ? [signed] : []), `${amount} ${p.currency}`];
  return `${p.subject} is in another currency (${p.mark}) than its row, which is in ${p.currency}. Write it as ${ways.join(', ')} or just ${amount}.`;
}

/** The amount as written, without the other currency's sign or code ("kr 200" → "200"). */
function withoutMark(text: string, mark: string): string {
  return text.replace(mark, ' ').trim().replace(/\s+/g, ' ');
}

/**
 * The amount with the culture's sign for `currency`, where the culture puts it ("€200" in
 * en-US, "200 kr" in nb-NO); null when the culture writes the currency as its code.
 */
function withSign(amount: string, currency: string, locale: string): string | null {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1);
  } catch {
    return null; // an unknown code or culture: the code alone
  }
  const at = parts.findIndex((x) => x.type === 'currency');
  const sign = parts[at]?.value;
  if (!sign || sign === currency) return null;
  const first = at < parts.findIndex((x) => x.type === 'integer');
  const spaced = parts[first ? at + 1 : at - 1]?.type === 'literal';
  const gap = spaced ? ' ' : '';
  return first ? `${sign}${gap}${amount}` : `${amount}${gap}${sign}`;
}
