import { foreignCurrency } from './numberText.ts';
import { otherCurrencyText } from './otherCurrencyText.ts';

/** Why a typed value is refused: another currency than the row's, or no number at all. */
export function notAnAmountText(
  text: string,
  locale: string,
  currency: string | null,
  /** The user may not see the row's currency: it is not named. */
  currencyHidden = false,
): string {
  const shown = text.trim();
  const mark = foreignCurrency(text, locale, currency);
  if (mark === null) return `"${shown}" is not a number.`;
  return otherCurrencyText({
    subject: `"${shown}"`,
    text: shown,
    mark,
    currency,
    currencyHidden,
    locale,
  });
}
