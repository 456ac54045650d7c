/**
 * Currency signs and codes written around a pasted or typed amount ("€ 1.234,00", "1 234,50 kr",
 * "200 NOK"). An amount may carry its row's own currency only: "$1,000" in a EUR row is another
 * currency, not a thousand euros, so it is refused rather than stored as EUR.
 */

/** Currency symbols anywhere in the text ("€", "$", "¥", "£"). */
export const CURRENCY_SYMBOLS = /\p{Sc}+/gu;
/** A currency code or "kr" standing before or after the number. */
export const CURRENCY_WORD = /^(?:[A-Za-z]{3}|[Kk]r\.?)\s*|\s*(?:[A-Za-z]{3}|[Kk]r\.?)$/;

const ownCache = new Map<string, readonly string[]>();

/** A mark as compared: lower case, without a closing dot ("Kr." and "kr" are one). */
const normal = (mark: string) => mark.trim().toLowerCase().replace(/\.$/, '');

/**
 * How a row's currency may be written for `locale`: its ISO code, and the symbol the culture
 * writes for it ("€" for EUR, "kr" for NOK in nb-NO, "$" for USD in en-US). Not the "narrow"
 * symbol: "$" is also the narrow symbol of AUD and CAD, so it would accept dollars as those.
 */
export function ownCurrencyMarks(currency: string, locale: string): readonly string[] {
  const key = `${currency}|${locale}`;
  let marks = ownCache.get(key);
  if (marks === undefined) {
    const found = [normal(currency)];
    try {
      const symbol = new Intl.NumberFormat(locale, { style: 'currency', currency })
        .formatToParts(1)
        .find((p) => p.type === 'currency')?.value;
      if (symbol) found.push(normal(symbol));
    } catch {
      // An unknown code or culture: only the code itself.
    }
    marks = found;
    ownCache.set(key, marks);
  }
  return marks;
}

/** Whether `mark` (a sign or code found by the text) is the row's own currency. */
export function isOwnCurrency(mark: string, currency: string | null, locale: string): boolean {
  return currency !== null && ownCurrencyMarks(currency, locale).includes(normal(mark));
}

let isoCodes: ReadonlySet<string> | undefined;

/**
 * Whether a mark is a currency at all: a sign, "kr", or an ISO 4217 code written in capitals
 * ("PCS" is not one; nor is "all" or "top", words that happen to spell a code).
 */
export function isCurrencyMark(mark: string): boolean {
  if (/\p{Sc}/u.test(mark) || normal(mark) === 'kr') return true;
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  const code = mark.trim();
  return code === code.toUpperCase() && isoCodes.has(code);
}
