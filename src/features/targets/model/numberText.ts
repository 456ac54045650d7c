import { parseOwnNumberFormat } from './ownNumberFormat.ts';

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

/** Spaces used as thousand separators: space, NBSP, narrow NBSP, thin space, figure space. */
const GROUP_SPACES = /[ \u00a0\u202f\u2009\u2007]/g;
/** Currency symbols, and currency codes / "kr" standing before or after the number. */
const CURRENCY = /\p{Sc}/gu;
const CURRENCY_WORD = /^(?:[A-Z]{3}|kr\.?|Kr\.?)\s*|\s*(?:[A-Z]{3}|kr\.?|Kr\.?)$/;

/**
 * Reads a number as people paste it. Returns null for a blank cell, undefined for text that is
 * not a number. Rules:
 * - spaces (incl. NBSP, narrow NBSP) and apostrophes are thousand separators; currency symbols
 *   and codes (€, $, kr, NOK …) are ignored; "-1", "−1", "1-" and "(1)" are negative;
 * - with both '.' and ',' the last one is the decimal separator ("1.234,5", "1,234.5");
 * - one kind repeated is grouping ("1.234.567"); groups after the first must have 3 digits;
 * - one separator once: decimal unless exactly 3 digits follow ("12,5", "1.50"); with exactly 3
 *   ("1,234") it is the decimal separator only when it is the locale's, and the integer part is
 *   non-zero (so "0,125" is always a decimal);
 * - otherwise, a number written exactly as the locale writes it (parseOwnNumberFormat), so
 *   whatever the grid shows reads back: "26,55,000" (en-IN), "٢٬٦٥٥٬٠٠٠" (ar-EG).
 */
export function parseLocaleNumber(text: string, locale: string): number | null | undefined {
  const general = parseByGeneralRules(text, locale);
  // As the culture writes it (the grid's own text): its digits, Indian grouping, direction marks.
  return general === undefined ? parseOwnNumberFormat(text, locale) : general;
}

function parseByGeneralRules(text: string, locale: string): number | null | undefined {
  // Fast path for what spreadsheets copy most: plain digits, or one separator that cannot be a
  // thousand separator (not followed by exactly 3 digits).
  if (PLAIN.test(text))
    return sign(Number(text.replace(',', '.').replace('-', '')), text.startsWith('-'));
  let s = text.trim();
  if (s === '') return null;
  s = s.replace(CURRENCY, '').trim().replace(CURRENCY_WORD, '').trim();
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
  s = s.replace(CURRENCY, '').replace(GROUP_SPACES, '').replace(/['’]/g, '');
  if (/^\d+(?:[.,]\d+)?[eE][-+]?\d+$/.test(s)) return sign(Number(s.replace(',', '.')), negative);
  if (!/^(?:\d+(?:[.,]\d+)*(?:[.,]\d*)?|[.,]\d+)$/.test(s)) return undefined;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: '.' | ',' | null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot < 0 && lastComma < 0) decimal = null;
  else {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = s.split(sep).length - 1;
    if (count > 1) decimal = null;
    else {
      const [intPart, frac] = s.split(sep);
      const localeDecimal = decimalSeparator(locale) === sep;
      decimal = frac.length !== 3 || /^0*$/.test(intPart) || localeDecimal ? sep : null;
    }
  }
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : s.includes('.') ? '.' : ',';
  const decimalAt = decimal ? s.lastIndexOf(decimal) : -1;
  const intText = decimalAt >= 0 ? s.slice(0, decimalAt) : s;
  const fracText = decimalAt >= 0 ? s.slice(decimalAt + 1) : '';
  if (fracText.includes(group) || fracText.includes(decimal ?? '\0')) return undefined;
  const groups = intText.split(group);
  if (groups.length > 1 && groups.slice(1).some((g) => g.length !== 3)) return undefined;
  if (groups.length > 1 && groups[0] === '') return undefined;
  const value = Number(`${groups.join('') || '0'}.${fracText || '0'}`);
  return Number.isFinite(value) ? sign(value, negative) : undefined;
}

const PLAIN = /^-?\d+(?:[.,](?:\d{1,2}|\d{4,}))?$/;

const sign = (v: number, negative: boolean) => (negative && v !== 0 ? -v : v);
