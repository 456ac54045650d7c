import { foreignCurrency } from './numberText.ts';

/** Why a typed value is refused: another currency than the row's, or no number at all. */
export function notAnAmountText(text: string, locale: string, currency: string | null): string {
  const shown = text.trim();
  const mark = foreignCurrency(text, locale, currency);
  if (mark === null) return `"${shown}" is not a number.`;
  return currency === null
    ? `"${shown}" has a currency (${mark}), and this row counts without one: type the number alone.`
    : `"${shown}" is in another currency (${mark}) than this row, which is in ${currency}: type the amount in ${currency}.`;
}
