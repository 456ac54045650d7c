/** Cached Intl.NumberFormat instances: creating one costs far more than formatting with it. */
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, maxFractionDigits = 2): Intl.NumberFormat {
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
  const s = String(Math.round(value * 100) / 100);
  return decimal && decimal.value !== '.' ? s.replace('.', decimal.value) : s;
}
