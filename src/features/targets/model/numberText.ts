import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  isCurrencyMark,
  isOwnCurrency,
} from './currencyMarks.ts';
import { parseOwnNumberFormat } from './ownNumberFormat.ts';

/**
 * How the numbers of a text are read: decimals written with '.' or ',' (a pasted block decides
 * for all its cells, see blockDecimalMark), or null for the culture's rules, cell by cell.
 */
export type DecimalMark = '.' | ',';

const separatorCache = new Map<string, string>();

/** The decimal separator of a locale ("." or ","); "." for an invalid tag. */
export function decimalSeparator(locale: string): string {
  let sep = separatorCache.get(locale);
  if (sep === undefined) {
    try {
      const parts = new Intl.NumberFormat(locale).formatToParts(1.5);
      sep = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    } catch {
      sep = '.';
    }
    separatorCache.set(locale, sep);
  }
  return sep;
}

/**
 * A number grouped by spaces (space, NBSP, narrow NBSP, thin space, figure space) or apostrophes
 * (de-CH, it-CH; typographic or not): 1 to 3 digits, then groups of 3, then at most one '.' or ','
 * that is the decimal mark ("1 234,5", "3’673.651"), as no culture groups both ways.
 */
const SPACE_GROUPED = /^(\d{1,3}(?:[ \u00a0\u202f\u2009\u2007'’]\d{3})+)(?:([.,])(\d*))?$/;
/** Which currency marks a reading accepts: the row's own (see currencyMarks), or any. */
type AcceptsMark = (mark: string) => boolean;

/**
 * Reads a number as people paste it into a row in `currency` (null: a count, no currency).
 * Returns null for a blank cell, undefined for text that is not a number. Rules:
 * - spaces (incl. NBSP, narrow NBSP) and apostrophes are thousand separators, and a '.' or ','
 *   after them is the decimal separator ("1 234.567", "3’673.651"); the row's own
 *   currency code or a culture's symbol for it ("EUR", "€"; "NOK", "kr"; "R$", "zł", "Kč") may
 *   stand before or after the number (isOwnCurrency); another currency's sign or code makes it
 *   not a number ("$1,000" in a EUR row is not a thousand euros: see foreignCurrency); "-1",
 *   "−1", "1-" and "(1)" are negative, outside or inside the sign ("-R$ 5", "R$ -5");
 * - with both '.' and ',' the last one is the decimal separator ("1.234,5", "1,234.5");
 * - one kind repeated is grouping ("1.234.567"); a grouped number starts with 1 to 3 digits and
 *   goes on in groups of exactly 3;
 * - one separator once: decimal unless exactly 3 digits follow ("12,5", "1.50") after 1 to 3
 *   ("1234,567" is a decimal, as pl-PL and es-ES write it); with exactly 3 ("1,234") it is the
 *   decimal separator only when it is the locale's, and the integer part is non-zero (so "0,125"
 *   is always a decimal);
 * - otherwise, a number written exactly as the locale writes it (parseOwnNumberFormat), so
 *   whatever the grid shows reads back: "26,55,000" (en-IN), "٢٬٦٥٥٬٠٠٠" (ar-EG);
 * - with `decimal` given (a pasted block's, see blockDecimalMark), that mark is the decimal one
 *   and the other only groups, whatever the culture: "2.000" is 2000 with ',', 2 with '.', and
 *   "1,234.56" is no number with ','.
 */
export function parseLocaleNumber(
  text: string,
  locale: string,
  currency: string | null = null,
  /**
   * The culture whose currency symbols are the row's own, when the digits are read by another
   * (a comma-separated CSV reads its decimals as "en", but a nb-NO planner writes NOK as "kr").
   */
  marksLocale = locale,
  decimal: DecimalMark | null = null,
): number | null | undefined {
  return parseWith(text, locale, (mark) => isOwnCurrency(mark, currency, marksLocale), decimal)
    .value;
}

/**
 * The number `text` holds, whatever currency sign or code it is written with (null when blank,
 * undefined when not a number): where a value of a pasted block goes is worked out from its
 * figures before its currency is checked against that row.
 */
export function parseAnyCurrency(
  text: string,
  locale: string,
  decimal: DecimalMark | null = null,
): number | null | undefined {
  return parseWith(text, locale, () => true, decimal).value;
}

/**
 * The currency sign or code of an amount written in another currency than the row's ("$" of
 * "$1,000" in a EUR row, "NOK" of "200 NOK" in a count row), or null: the text is a number in
 * the row's currency, is no number with any currency ("abc", "7 PCS"), or is blank.
 */
export function foreignCurrency(
  text: string,
  locale: string,
  currency: string | null,
  marksLocale = locale,
  decimal: DecimalMark | null = null,
): string | null {
  if (parseLocaleNumber(text, locale, currency, marksLocale, decimal) !== undefined) return null;
  const any = parseWith(text, locale, () => true, decimal);
  if (typeof any.value !== 'number') return null;
  return (
    any.marks.find((m) => isCurrencyMark(m) && !isOwnCurrency(m, currency, marksLocale)) ?? null
  );
}

function parseWith(
  text: string,
  locale: string,
  accepts: AcceptsMark,
  decimal: DecimalMark | null,
): { value: number | null | undefined; marks: readonly string[] } {
  const marks: string[] = [];
  const general = parseByGeneralRules(
    text,
    locale,
    (mark) => {
      marks.push(mark);
      return accepts(mark);
    },
    decimal,
  );
  // As the culture writes it (the grid's own text): its digits, Indian grouping, direction marks;
  // not when the culture's decimal mark is the other one than the block's.
  const ownFormat = decimal === null || decimalSeparator(locale) !== otherMark(decimal);
  return {
    value:
      general === undefined && marks.length === 0 && ownFormat
        ? parseOwnNumberFormat(text, locale)
        : general,
    marks,
  };
}

/** The decimal mark that is not `mark`: the one that groups thousands when `mark` is decimal. */
export const otherMark = (mark: DecimalMark): DecimalMark => (mark === '.' ? ',' : '.');

function parseByGeneralRules(
  text: string,
  locale: string,
  accepts: AcceptsMark,
  /** The decimal mark every cell of the block is read with; null: by the culture's rules. */
  forced: DecimalMark | null,
): number | null | undefined {
  // Fast path for what spreadsheets copy most: plain digits, or one separator that cannot be a
  // thousand separator (not followed by exactly 3 digits), so it is no number with the other mark.
  if (PLAIN.test(text)) {
    if (forced !== null && text.includes(otherMark(forced))) return undefined;
    return sign(Number(text.replace(',', '.').replace('-', '')), text.startsWith('-'));
  }
  let s = text.trim();
  if (s === '') return null;
  // Takes the currency marks out of s, and says whether all of them were accepted.
  const takeMarks = (pattern: RegExp) => {
    let ok = true;
    s = s.replace(pattern, (found) => {
      if (!accepts(found.trim())) ok = false;
      return '';
    });
    return ok;
  };
  // Codes and symbols with letters first ("R$ 1.234,56", "CHF-1'234.50"), so that the "$" of
  // "R$" is not taken alone; then signs anywhere ("€ -1.234,56").
  const takeWords = () =>
    CURRENCY_WORDS.every((pattern) => {
      const ok = takeMarks(pattern);
      s = s.trim();
      return ok;
    });
  if (!takeWords() || !takeMarks(CURRENCY_SYMBOLS)) return undefined;
  s = s.trim();
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−–]/.test(s)) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  else if (/[-−]$/.test(s)) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  // Inside the sign or the brackets: "-R$ 1.234,56", "(CHF 1'234.50)".
  s = s.trim();
  if (!takeWords()) return undefined;
  const spaced = SPACE_GROUPED.exec(s);
  if (spaced) {
    const [, intText, mark, fracText = ''] = spaced;
    if (forced !== null && mark !== undefined && mark !== forced) return undefined;
    const value = Number(`${intText.replace(/\D/g, '')}.${fracText || '0'}`);
    return sign(value, negative);
  }
  if (/^\d+(?:[.,]\d+)?[eE][-+]?\d+$/.test(s)) {
    if (forced !== null && s.includes(otherMark(forced))) return undefined;
    return sign(Number(s.replace(',', '.')), negative);
  }
  if (!/^(?:\d+(?:[.,]\d+)*(?:[.,]\d*)?|[.,]\d+)$/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: DecimalMark | null;
  if (forced !== null) {
    // The block's mark at most once, after every group separator; the other mark groups.
    const at = s.indexOf(forced);
    if (at >= 0 && (s.lastIndexOf(forced) !== at || s.lastIndexOf(otherMark(forced)) > at))
      return undefined;
    decimal = at >= 0 ? forced : null;
  } else if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot < 0 && lastComma < 0) decimal = null;
  else {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = s.split(sep).length - 1;
    if (count > 1) decimal = null;
    else {
      const [intPart, frac] = s.split(sep);
      const localeDecimal = decimalSeparator(locale) === sep;
      // More than 3 digits before it cannot be a thousands group ("1234,567" in pl-PL).
      const grouping = frac.length === 3 && !/^0*$/.test(intPart) && intPart.length <= 3;
      decimal = !grouping || localeDecimal ? sep : null;
    }
  }
  const group =
    forced !== null
      ? otherMark(forced)
      : decimal !== null
        ? otherMark(decimal)
        : s.includes('.')
          ? '.'
          : ',';
  const decimalAt = decimal ? s.lastIndexOf(decimal) : -1;
  const intText = decimalAt >= 0 ? s.slice(0, decimalAt) : s;
  const fracText = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
  if (fracText.includes(group) || fracText.includes(decimal ?? '\0')) return undefined;
  const groups = intText.split(group);
  if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3)))
    return undefined;
  if (groups.length > 1 && groups[0] === '') return undefined;
  // "0,125" read with a decimal point is no 125: a grouped number does not start with a 0.
  if (forced !== null && groups.length > 1 && groups[0].startsWith('0')) return undefined;
  const value = Number(`${groups.join('') || '0'}.${fracText || '0'}`);
  return Number.isFinite(value) ? sign(value, negative) : undefined;
}

const PLAIN = /^-?\d+(?:[.,](?:\d{1,2}|\d{4,}))?$/;

const sign = (v: number, negative: boolean) => (negative && v !== 0 ? -v : v);
