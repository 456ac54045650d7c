/** Cached Intl.NumberFormat instances: creating one costs far more than formatting with it. */
const cache = new Map<string, Intl.NumberFormat>();

/**
 * Up to 3 decimals by default: the most a currency in use has (KWD, BHD, TND). Values are kept to
 * their currency's unit, so NOK still shows at most 2; with 2, KWD 1.234 showed as 1.23.
 */
export function numberFormat(locale: string, maxFractionDigits = 3): Intl.NumberFormat {
  const key = `${locale}|${maxFractionDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 0,
      maximumFractionDigits: maxFractionDigits,
    });
    cache.set(key, f);
  }
  return f;
}

const moneyCache = new Map<string, (n: number) => string>();

/**
 * How the grid, its footer, the status bar and the import preview write an amount: a whole amount
 * without decimals ("19,800"), one with a fraction with all of its currency's decimals
 * ("70,056.50", not "70,056.5", so cents line up with "79,849.35" and read as money).
 *
 * `decimals` are the currency's minor units (NOK 2, KWD 3, JPY 0): KWD 1.2 is "1.200", as KWD
 * amounts are written, not "1.20". Without them (amounts of unknown currency), a fraction shows
 * 2 or 3 decimals. One formatter per culture and decimals, made once: the grid asks per row.
 */
export function moneyFormat(locale: string, decimals?: number): (n: number) => string {
  const key = `${locale}|${decimals ?? ''}`;
  let f = moneyCache.get(key);
  if (!f) {
    const whole = numberFormat(locale, 0);
    const cents = new Intl.NumberFormat(locale, {
      minimumFractionDigits: decimals ?? 2,
      maximumFractionDigits: decimals ?? 3,
    });
    f = (n: number) => (Number.isInteger(n) ? whole.format(n) : cents.format(n));
    moneyCache.set(key, f);
  }
  return f;
}

/** The user's culture: the browser's preferred language. */
export function userLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || 'en-US';
}

/**
 * The text to put in an editor for a value: no grouping, the locale's decimal separator, so that
 * what the user sees is what they can type back.
 */
export function editText(value: number, locale: string): string {
  if (!Number.isFinite(value)) return '';
  const decimal = numberFormat(locale)
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal');
  const s = String(Math.round(value * 1000) / 1000);
  return decimal && decimal.value !== '.' ? s.replace('.', decimal.value) : s;
}
