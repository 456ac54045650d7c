import {
  currenciesBySymbol,
  currencySymbol,
  homeSymbols,
  symbolsEverywhere,
} from './currencyCultures.ts';

/**
 * Currency signs and codes written around a pasted or typed amount ("€ 1.234,00", "1 234,50 kr",
 * "200 NOK", "R$ 1.234,56"). An amount may carry its row's own currency only: "$1,000" in a EUR
 * row is another currency, not a thousand euros, so it is refused rather than stored as EUR.
 */

/**
 * Currency signs standing alone anywhere in the text ("€", "$", "¥", "£"). A sign joined to
 * letters ("R$", "US$", "$US") is part of a word (CURRENCY_WORDS), not a "$" beside an "R".
 */
export const CURRENCY_SYMBOLS = /(?<!\p{L})\p{Sc}+(?!\p{L})/gu;

/**
 * A code or a symbol with letters before or after the number: "CHF", "kr.", "zł", "Kč", "R$",
 * "лв.". Two characters or more: "5K" or "1.5m" is not a number, not 5 of a currency "K".
 */
const WORD = String.raw`(?=[\p{Sc}./]*\p{L})[\p{L}\p{Sc}][\p{L}\p{Sc}./]+`;

/**
 * The one-letter units Japanese, Chinese and Korean sheets write after an amount ("1,234円",
 * "1,234元", "1,234원") where Intl writes a sign ("￥1,234"), with the currencies each may be.
 */
const UNIT_LETTERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['円', ['JPY']],
  ['元', ['CNY', 'TWD']],
  ['원', ['KRW']],
]);
const UNIT_LETTER = `[${[...UNIT_LETTERS.keys()].join('')}]`;

export const CURRENCY_WORDS = [
  new RegExp(`^${WORD}\\s*`, 'u'),
  new RegExp(`\\s*(?:${WORD}|${UNIT_LETTER})$`, 'u'),
];

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
    // An unknown code or culture: only the code itself.
    const symbol = currencySymbol(currency, locale);
    marks = symbol ? [normal(currency), normal(symbol)] : [normal(currency)];
    ownCache.set(key, marks);
  }
  return marks;
}

/**
 * Whether `mark` (a sign or code found by the text) is the row's own currency: its code, the
 * symbol the planner's culture writes for it, or the symbol another culture writes for it ("kr"
 * for NOK in nb-NO, "R$" for BRL in pt-BR), unless the planner's culture writes another currency
 * with it: "$" is USD for an en-US planner, not AUD as in en-AU; "kr" is NOK for nb-NO, not SEK.
 */
export function isOwnCurrency(mark: string, currency: string | null, locale: string): boolean {
  if (currency === null) return false;
  const found = normal(mark);
  const unitOf = UNIT_LETTERS.get(found);
  if (unitOf) return unitOf.includes(currency);
  if (ownCurrencyMarks(currency, locale).includes(found)) return true;
  if (!symbolsEverywhere(currency).some((s) => normal(s) === found)) return false;
  const there = currenciesWritten(locale).get(found) ?? [];
  return there.every((c) => c === currency);
}

const writtenCache = new Map<string, ReadonlyMap<string, readonly string[]>>();

/** The currencies `locale` writes with each mark, as marks are compared. */
function currenciesWritten(locale: string): ReadonlyMap<string, readonly string[]> {
  let map = writtenCache.get(locale);
  if (map === undefined) {
    const found = new Map<string, string[]>();
    for (const [symbol, currencies] of currenciesBySymbol(locale)) {
      const at = normal(symbol);
      found.set(at, [...(found.get(at) ?? []), ...currencies]);
    }
    map = found;
    writtenCache.set(locale, map);
  }
  return map;
}

let isoCodes: ReadonlySet<string> | undefined;

/** A mark as written, without a closing dot: letter symbols are compared with their case. */
const withoutDot = (mark: string) => mark.trim().replace(/\.$/, '');
let letterSymbols: ReadonlySet<string> | undefined;

/**
 * Whether a mark is a currency at all: a sign, "kr", an ISO 4217 code written in capitals ("PCS"
 * is not one; nor is "all" or "top", words that happen to spell a code), or a symbol of letters
 * as a currency's home culture writes it ("zł", "Kč", "Ft"; not "st" or "bn").
 */
export function isCurrencyMark(mark: string): boolean {
  if (/\p{Sc}/u.test(mark) || normal(mark) === 'kr' || UNIT_LETTERS.has(normal(mark))) return true;
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  const code = mark.trim();
  if (code === code.toUpperCase() && isoCodes.has(code)) return true;
  letterSymbols ??= new Set(homeSymbols().map(withoutDot));
  return withoutDot(mark).length > 1 && letterSymbols.has(withoutDot(mark));
}
