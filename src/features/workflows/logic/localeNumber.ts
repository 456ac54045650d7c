import { decimalText } from '../../../rights/index.ts';

const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions) => {
  try {
    return new Intl.NumberFormat(locale || undefined, options);
  } catch {
    return new Intl.NumberFormat(undefined, options);
  }
};

/** The culture's decimal separator: "." (en-US), "," (de-DE, nb-NO). */
export const decimalSeparator = (locale?: string): string =>
  numberFormat(locale, {})
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal')?.value ?? '.';

/**
 * A number typed in the user's culture, written plainly with every digit kept (as decimalText
 * writes it): null for blank, '' when unreadable. The culture settles what one kind of mark means:
 * its decimal separator once is the decimal ("50,5" in de-DE, "50.5" in en-US); the other mark
 * between groups of three digits groups them ("50.000" in de-DE and nb-NO, "50,000" in en-US, all
 * fifty thousand). Anything else is read as decimalText reads it ("1 234,5", "1.234,5" → 1234.5).
 */
export function localeDecimalText(text: string, locale?: string): string | null {
  const s = text.replace(/[\s\u00a0\u202f']/g, '').replace(/\u2212/g, '-');
  if (s === '') return null;
  const marks = s.match(/[.,]/g) ?? [];
  const mark = marks[0];
  if (mark !== undefined && marks.every((m) => m === mark)) {
    const decimal = decimalSeparator(locale);
    if (mark === decimal && marks.length === 1) return decimalText(s.replace(mark, '.'));
    // A first group starting with 0 is no grouping ("0.500" in de-DE is a half, as typed).
    const grouped = new RegExp(`^[-+]?[1-9]\\d{0,2}(?:\\${mark}\\d{3})+$`);
    if (mark !== decimal && grouped.test(s)) return decimalText(s.split(mark).join(''));
  }
  return decimalText(s);
}

/**
 * A plain number ("-1234.5") as the culture writes it, grouped: "-1,234.5" (en-US), "-1.234,5"
 * (de-DE), "−1 234,5" (nb-NO). Every digit is kept, however many; null when not a number.
 */
export function formatLocaleDecimal(value: string, locale?: string): string | null {
  const plain = decimalText(value);
  if (!plain) return null;
  const [whole, fraction] = plain.split('.');
  const head = numberFormat(locale, { maximumFractionDigits: 0 }).format(
    whole as Intl.StringNumericLiteral,
  );
  return fraction ? `${head}${decimalSeparator(locale)}${fraction}` : head;
}
